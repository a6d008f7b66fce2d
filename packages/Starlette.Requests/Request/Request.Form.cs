using Starlette.Datastructures;
using Starlette.Types;

namespace Starlette.Requests;

public partial class Request
{
    /// <summary>
    /// The body parsed as a form (cached): <c>multipart/form-data</c> (files spooled to memory, then disk) or
    /// <c>application/x-www-form-urlencoded</c>; any other content type gives an empty form. Dispose the form (or
    /// call <see cref="CloseAsync"/>) to delete uploaded files' temporary storage.
    /// </summary>
    /// <param name="options">The limits (files, fields, part size); default upstream's 1000 / 1000 / 1 MiB.</param>
    /// <param name="cancellationToken">Stops waiting for the body.</param>
    /// <returns>The form.</returns>
    /// <exception cref="HttpException">400 with the parser's message, when the request runs inside an application and the form is malformed or over a limit.</exception>
    /// <exception cref="MultiPartException">The same, outside an application.</exception>
    public async ValueTask<FormData> FormAsync(FormParserOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (_read?.Form is { } parsed) return parsed;
        var contentType = OptionsHeader.Parse(Headers.Get("content-type") ?? "").Value;
        try
        {
            Read.Form = contentType switch
            {
                "multipart/form-data" => await MultiPartParser.ParseAsync(Headers, StreamAsync(cancellationToken), options, cancellationToken).ConfigureAwait(false),
                "application/x-www-form-urlencoded" => await FormParser.ParseAsync(Headers, StreamAsync(cancellationToken), options, cancellationToken).ConfigureAwait(false),
                _ => new FormData(),
            };
        }
        catch (MultiPartException error) when (Scope.TryGetItem(ScopeItemKeys.App, out _))
        {
            throw new HttpException(Status.Http400BadRequest, error.Message, null, error);
        }

        return Read.Form;
    }

    /// <summary>Closes the parsed form's uploaded files, if a form was read (upstream's <c>close()</c>).</summary>
    /// <returns>A task that completes when the files are closed.</returns>
    public ValueTask CloseAsync() => _read?.Form?.CloseAsync() ?? ValueTask.CompletedTask;
}

using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Http;
using Starlette.Types;

namespace Starlette.Hosting.Kestrel;

/// <summary>
/// What the host does when an HTTP request goes wrong. A client that went away is not an application error: one
/// debug line (uvicorn's <c>ClientDisconnected</c>). A request Kestrel rejects while the app reads its body (too
/// large, malformed chunking, too slow) reaches the app as an <see cref="HttpException"/> with Kestrel's status, so
/// the app's exception middleware answers it. Anything else is the app's bug: an error with its stack trace.
/// </summary>
internal sealed partial class AsgiContext
{
    private const string UnexpectedEndOfRequestContent = "Unexpected end of request content.";

    private async Task OnAppExceptionAsync(Exception exception)
    {
        if (IsClientGone(exception))
        {
            Log.ClientDisconnected(_application.Logger, _scope.ToString());
            if (!_responseComplete) Abort();
            return;
        }

        var rejected = (exception as HttpException ?? exception.InnerException as HttpException) is { InnerException: BadHttpRequestException } http
            ? http
            : null;
        using (BeginRequestIdScope(_application.Logger))
        {
            if (rejected is not null) Log.RequestRejected(_application.Logger, rejected.StatusCode, rejected.Detail, _scope.ToString());
            else Log.AppException(_application.Logger, exception, _scope.ToString());
        }

        if (!_response.HasStarted)
            await WriteErrorAsync(rejected?.StatusCode ?? 500, rejected?.Detail).ConfigureAwait(false);
        else if (!_responseComplete)
            Abort(); // mid-response: the client must not take a truncated body for a whole one
    }

    private async Task OnIncompleteResponseAsync()
    {
        if (_aborted.IsCancellationRequested)
        {
            Log.ClientDisconnected(_application.Logger, _scope.ToString());
            Abort();
        }
        else if (!_http.HasStarted)
        {
            Log.NoResponse(_application.Logger, _scope.ToString());
            await WriteErrorAsync(500).ConfigureAwait(false);
        }
        else
        {
            Log.IncompleteResponse(_application.Logger, _scope.ToString());
            Abort();
        }
    }

    private bool IsClientGone(Exception exception) =>
        exception is ClientDisconnectException || exception.InnerException is ClientDisconnectException
        || (_aborted.IsCancellationRequested && IsDisconnect(exception));

    private bool IsDisconnect(Exception exception) => exception switch
    {
        OperationCanceledException or ConnectionResetException => true,
        // The client left mid-body: Kestrel says so before it cancels RequestAborted, with a 400 whose reason is internal.
        BadHttpRequestException bad => _aborted.IsCancellationRequested || bad.Message == UnexpectedEndOfRequestContent,
        IOException => true,
        _ => false,
    };

    private static HttpException Rejected(BadHttpRequestException rejected) =>
        new(rejected.StatusCode, rejected.Message, headers: null, rejected);
}

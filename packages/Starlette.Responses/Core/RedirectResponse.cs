using Starlette.Types;

namespace Starlette.Responses;

/// <summary>
/// A redirect (upstream's <c>RedirectResponse</c>): status 307 by default, an empty body, and the target in
/// <c>location</c>, percent-encoded as upstream does (reserved URL characters and existing escapes kept).
/// </summary>
public class RedirectResponse : Response
{
    private const string Safe = ":/%#?=@[]!$&'()*+,;";

    /// <summary>Creates the redirect.</summary>
    /// <param name="url">The target URL or path.</param>
    /// <param name="statusCode">The status code; default 307.</param>
    /// <param name="headers">Headers to send.</param>
    /// <param name="background">Work to run after the response is sent.</param>
    public RedirectResponse(string url, int statusCode = Status.Http307TemporaryRedirect, HeaderFields? headers = null, BackgroundTask? background = null)
        : base(ReadOnlyMemory<byte>.Empty, statusCode, headers, mediaType: null, background)
    {
        ArgumentNullException.ThrowIfNull(url);
        Headers["location"] = UrlQuoting.Quote(url, Safe);
    }

    /// <summary>Creates the redirect to a URL object (its string form is used).</summary>
    /// <param name="url">The target.</param>
    /// <param name="statusCode">The status code; default 307.</param>
    /// <param name="headers">Headers to send.</param>
    /// <param name="background">Work to run after the response is sent.</param>
    public RedirectResponse(Uri url, int statusCode = Status.Http307TemporaryRedirect, HeaderFields? headers = null, BackgroundTask? background = null)
        : this((url ?? throw new ArgumentNullException(nameof(url))).OriginalString, statusCode, headers, background)
    {
    }
}

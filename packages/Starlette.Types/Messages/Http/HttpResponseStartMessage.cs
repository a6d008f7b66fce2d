namespace Starlette.Types;

/// <summary>
/// <c>http.response.start</c>: the status and headers of the response, sent by the app before any body. The host
/// may hold it back until the first <see cref="HttpResponseBodyMessage"/> so both leave together.
/// </summary>
/// <param name="status">The HTTP status code.</param>
/// <param name="headers">The headers, names lowercased; the list then belongs to the receiver. Default: a new empty list.</param>
/// <param name="trailers">Whether trailers follow the body (see <see cref="ExtensionNames.Trailers"/>).</param>
public sealed class HttpResponseStartMessage(int status, List<HttpHeader>? headers = null, bool trailers = false) : AsgiMessage
{
    /// <inheritdoc />
    public override string Type => MessageTypes.HttpResponseStart;

    /// <summary>The HTTP status code (<c>status</c>).</summary>
    public int Status { get; } = status;

    /// <summary>The response headers in order (<c>headers</c>). Middleware may change the list in place.</summary>
    public List<HttpHeader> Headers { get; } = headers ?? [];

    /// <summary>Whether <see cref="HttpResponseTrailersMessage"/>s follow the body (<c>trailers</c>).</summary>
    public bool Trailers { get; } = trailers;
}

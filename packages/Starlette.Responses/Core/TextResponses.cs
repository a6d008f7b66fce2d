using Starlette.Types;

namespace Starlette.Responses;

/// <summary>A <c>text/plain</c> response (upstream's <c>PlainTextResponse</c>).</summary>
/// <param name="content">The text; <see langword="null"/> for none.</param>
/// <param name="statusCode">The status code; default 200.</param>
/// <param name="headers">Headers to send.</param>
/// <param name="mediaType">The media type; default <c>text/plain</c>.</param>
/// <param name="background">Work to run after the response is sent.</param>
public class PlainTextResponse(string? content, int statusCode = Status.Http200OK, HeaderFields? headers = null, string? mediaType = null, BackgroundTask? background = null)
    : Response(content, statusCode, headers, mediaType ?? "text/plain", background);

/// <summary>A <c>text/html</c> response (upstream's <c>HTMLResponse</c>).</summary>
/// <param name="content">The HTML; <see langword="null"/> for none.</param>
/// <param name="statusCode">The status code; default 200.</param>
/// <param name="headers">Headers to send.</param>
/// <param name="mediaType">The media type; default <c>text/html</c>.</param>
/// <param name="background">Work to run after the response is sent.</param>
public class HtmlResponse(string? content, int statusCode = Status.Http200OK, HeaderFields? headers = null, string? mediaType = null, BackgroundTask? background = null)
    : Response(content, statusCode, headers, mediaType ?? "text/html", background);

using System.Globalization;
using System.Text;
using Starlette.Datastructures;
using Starlette.Types;

namespace Starlette.Responses;

/// <summary>
/// An HTTP response that is also an app: <see cref="ExecuteAsync"/> sends it through the contract (upstream's
/// <c>await response(scope, receive, send)</c>), then runs its <see cref="Background"/> task.
/// </summary>
/// <remarks>
/// The headers are built once, at construction: <c>content-length</c> for a body (never for 1xx, 204 and 304) and
/// <c>content-type</c> from the media type, with <c>; charset=utf-8</c> added to <c>text/*</c> types.
/// </remarks>
public partial class Response
{
    private MutableHeaders? _headers;

    /// <summary>Creates a response with a text body, encoded as UTF-8.</summary>
    /// <param name="content">The body; <see langword="null"/> for none.</param>
    /// <param name="statusCode">The status code; default 200.</param>
    /// <param name="headers">Headers to send; they win over the computed <c>content-length</c> and <c>content-type</c>.</param>
    /// <param name="mediaType">The media type, such as <c>text/plain</c>.</param>
    /// <param name="background">Work to run after the response is sent.</param>
    public Response(string? content, int statusCode = Status.Http200OK, HeaderFields? headers = null, string? mediaType = null, BackgroundTask? background = null)
        : this(content is null ? ReadOnlyMemory<byte>.Empty : Encoding.UTF8.GetBytes(content), statusCode, headers, mediaType, background)
    {
    }

    /// <summary>Creates a response with a byte body.</summary>
    /// <param name="content">The body; it is sent as is and must not change afterwards.</param>
    /// <param name="statusCode">The status code; default 200.</param>
    /// <param name="headers">Headers to send; they win over the computed <c>content-length</c> and <c>content-type</c>.</param>
    /// <param name="mediaType">The media type.</param>
    /// <param name="background">Work to run after the response is sent.</param>
    public Response(ReadOnlyMemory<byte> content = default, int statusCode = Status.Http200OK, HeaderFields? headers = null, string? mediaType = null, BackgroundTask? background = null)
    {
        StatusCode = statusCode;
        MediaType = mediaType;
        Background = background;
        Body = content;
        RawHeaders = BuildHeaders(headers, content.Length);
    }

    /// <summary>For responses whose body is produced when sent (streaming, files): no <c>content-length</c> is computed.</summary>
    /// <param name="statusCode">The status code.</param>
    /// <param name="headers">Headers to send.</param>
    /// <param name="mediaType">The media type.</param>
    /// <param name="background">Work to run after the response is sent.</param>
    protected Response(int statusCode, HeaderFields? headers, string? mediaType, BackgroundTask? background)
    {
        StatusCode = statusCode;
        MediaType = mediaType;
        Background = background;
        RawHeaders = BuildHeaders(headers, contentLength: null);
    }

    /// <summary>The status code.</summary>
    public int StatusCode { get; set; }

    /// <summary>The media type given at construction, if any.</summary>
    public string? MediaType { get; }

    /// <summary>The body (empty for responses that produce their body when sent).</summary>
    public ReadOnlyMemory<byte> Body { get; }

    /// <summary>Work to run after the response is sent.</summary>
    public BackgroundTask? Background { get; set; }

    /// <summary>The headers as sent, in order (upstream's <c>raw_headers</c>).</summary>
    public List<HttpHeader> RawHeaders { get; }

    /// <summary>The headers, changeable until the response is sent (a view over <see cref="RawHeaders"/>).</summary>
    public MutableHeaders Headers => _headers ??= new MutableHeaders(RawHeaders);

    /// <summary>The clock <c>expires</c> offsets of cookies count from; default the system clock.</summary>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Sends the response (as a denial response on a WebSocket scope), then runs <see cref="Background"/>.</summary>
    /// <param name="scope">The connection's scope.</param>
    /// <param name="receive">The connection's receive channel.</param>
    /// <param name="send">The connection's send channel.</param>
    /// <returns>A task that completes when the response is sent and the background work is done.</returns>
    public virtual ValueTask ExecuteAsync(Scope scope, Receive receive, Send send)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(send);
        var sender = new ResponseSender(scope, send);
        var starting = sender.StartAsync(StatusCode, RawHeaders);
        if (!starting.IsCompletedSuccessfully) return SendAsync(starting, sender);
        starting.GetAwaiter().GetResult();

        // No state machine when the host takes both messages synchronously and there is no background work.
        var sending = sender.BodyAsync(Body, moreBody: false);
        if (!sending.IsCompletedSuccessfully || Background is not null) return FinishAsync(sending);
        sending.GetAwaiter().GetResult();
        return default;
    }

    private async ValueTask SendAsync(ValueTask starting, ResponseSender sender)
    {
        await starting.ConfigureAwait(false);
        await FinishAsync(sender.BodyAsync(Body, moreBody: false)).ConfigureAwait(false);
    }

    private async ValueTask FinishAsync(ValueTask sending)
    {
        await sending.ConfigureAwait(false);
        if (Background is not null) await Background.RunAsync().ConfigureAwait(false);
    }

    /// <summary>The response as an app, for routers and middleware that take an <see cref="AsgiApp"/>.</summary>
    /// <returns>An app that sends this response.</returns>
    public AsgiApp ToApp() => ExecuteAsync;

    private List<HttpHeader> BuildHeaders(HeaderFields? headers, int? contentLength)
    {
        // Room for the given headers plus content-length and content-type, so building them never grows the list.
        var raw = new List<HttpHeader>((headers?.Count ?? 0) + 2);
        bool hasLength = false, hasType = false;
        if (headers is not null)
        {
            foreach (var (name, value) in headers)
            {
                var lower = name.ToLowerInvariant();
                hasLength |= lower == "content-length";
                hasType |= lower == "content-type";
                raw.Add(new HttpHeader(lower, value));
            }
        }

        if (contentLength is int length && !hasLength && !(StatusCode < 200 || StatusCode is 204 or 304))
            raw.Add(new HttpHeader("content-length", ContentLengthText(length)));
        if (MediaType is not null && !hasType) raw.Add(new HttpHeader("content-type", ContentType(MediaType)));
        return raw;
    }

    private static string ContentType(string mediaType) =>
        mediaType.StartsWith("text/", StringComparison.Ordinal) && !mediaType.Contains("charset=", StringComparison.OrdinalIgnoreCase)
            ? mediaType switch
            {
                "text/plain" => "text/plain; charset=utf-8",
                "text/html" => "text/html; charset=utf-8",
                _ => mediaType + "; charset=utf-8",
            }
            : mediaType;

    private static readonly string[] SmallLengths = Enumerable.Range(0, 1024).Select(i => i.ToString(CultureInfo.InvariantCulture)).ToArray();

    private static string ContentLengthText(int length) =>
        (uint)length < (uint)SmallLengths.Length ? SmallLengths[length] : length.ToString(CultureInfo.InvariantCulture);
}

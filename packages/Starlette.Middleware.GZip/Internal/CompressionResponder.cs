using System.Globalization;
using Starlette.Common;
using Starlette.Types;

namespace Starlette.Middleware.GZip.Internal;

/// <summary>
/// One response on its way through the middleware (upstream's <c>IdentityResponder</c> and <c>GZipResponder</c>
/// in one): holds <c>http.response.start</c> back until the first body chunk shows whether and how to compress.
/// </summary>
internal sealed class CompressionResponder
{
    private readonly Send _send;
    private readonly CompressionSettings _settings;
    private readonly ContentCoding _coding;
    private HttpResponseStartMessage? _start;
    private bool _started;
    private bool _passThrough;
    private ResponseCompressor? _compressor;

    public CompressionResponder(Send send, CompressionSettings settings, ContentCoding coding)
    {
        _send = send;
        _settings = settings;
        _coding = coding;
        SendAsync = Send;
    }

    /// <summary>The send the wrapped app is given.</summary>
    public Send SendAsync { get; }

    public async ValueTask RunAsync(AsgiApp next, Scope scope, Receive receive)
    {
        try
        {
            await next(scope, receive, SendAsync).ConfigureAwait(false);
        }
        finally
        {
            _compressor?.Dispose();
        }
    }

    private ValueTask Send(AsgiMessage message)
    {
        switch (message)
        {
            case HttpResponseStartMessage start:
                // Hold the start back until the first body chunk tells how to change the headers.
                _start = start;
                // A partial response (206, single range or multipart/byteranges) is cut from the identity
                // representation: compressing it would break its Content-Range (upstream 1.5.0).
                _passThrough = start.Status == Status.Http206PartialContent
                    || HeaderList.Contains(start.Headers, "content-encoding")
                    || _settings.Excluded.Excludes(HeaderList.Get(start.Headers, "content-type"));
                return ValueTask.CompletedTask;
            case HttpResponseBodyMessage body when _start is not null:
                if (_passThrough || !_started) return _started ? _send(body) : StartAsync(_start, body);
                return _compressor is null ? _send(body) : SendCompressedAsync(body);
            case HttpResponsePathSendMessage when _start is not null && !_started:
                // Files the host sends itself are never compressed.
                _started = true;
                return SendBothAsync(_start, message);
            default:
                return _send(message);
        }
    }

    private ValueTask StartAsync(HttpResponseStartMessage start, HttpResponseBodyMessage body)
    {
        _started = true;
        if (_passThrough || (body.Body.Length < _settings.MinimumSize && !body.MoreBody))
            return SendBothAsync(start, body);

        var headers = start.Headers;
        HeaderList.AddVary(headers, "Accept-Encoding");
        if (_coding == ContentCoding.Identity) return SendBothAsync(start, body);

        _compressor = new ResponseCompressor(_coding, _settings, body.MoreBody ? 1024 : body.Body.Length / 2 + 64);
        var compressed = _compressor.Compress(body.Body.Span, last: !body.MoreBody);
        HeaderList.Set(headers, "content-encoding", _coding == ContentCoding.GZip ? "gzip" : "br");
        if (body.MoreBody) HeaderList.Remove(headers, "content-length");
        else HeaderList.Set(headers, "content-length", compressed.Length.ToString(CultureInfo.InvariantCulture));
        return SendBothAsync(start, new HttpResponseBodyMessage(compressed, body.MoreBody));
    }

    private ValueTask SendCompressedAsync(HttpResponseBodyMessage body)
    {
        var compressed = _compressor!.Compress(body.Body.Span, last: !body.MoreBody);
        return _send(new HttpResponseBodyMessage(compressed, body.MoreBody));
    }

    private async ValueTask SendBothAsync(HttpResponseStartMessage start, AsgiMessage message)
    {
        await _send(start).ConfigureAwait(false);
        await _send(message).ConfigureAwait(false);
    }
}

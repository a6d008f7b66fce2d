using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;
using Starlette.Types;

namespace Starlette.Hosting.Kestrel;

/// <summary>
/// One request (or WebSocket) between Kestrel and the app: builds the scope from Kestrel's features, and turns
/// the app's receive/send calls into reads and writes on them. Reused for the next request of the connection.
/// </summary>
internal sealed partial class AsgiContext
{
    private static ReadOnlySpan<byte> InternalServerError => "Internal Server Error"u8;

    private readonly AsgiHttpApplication _application;
    private readonly Receive _receive;
    private readonly Send _send;
    private IFeatureCollection _features = null!;
    private IHttpRequestFeature _request = null!;
    private IHttpResponseFeature _response = null!;
    private IHttpResponseBodyFeature _body = null!;
    private Scope _scope = null!;
    private CancellationToken _aborted;
    private bool _isWebSocket;

    public AsgiContext(AsgiHttpApplication application)
    {
        _application = application;
        _receive = ReceiveAsync;
        _send = SendAsync;
    }

    /// <summary>Prepares for a request. <paramref name="pathPrefix"/> goes before Kestrel's path; <paramref name="rootPath"/> is the scope's root_path.</summary>
    public void Initialize(IFeatureCollection features, string pathPrefix, string rootPath)
    {
        _features = features;
        _request = features.GetRequiredFeature<IHttpRequestFeature>();
        _response = features.GetRequiredFeature<IHttpResponseFeature>();
        _body = features.GetRequiredFeature<IHttpResponseBodyFeature>();
        _aborted = features.Get<IHttpRequestLifetimeFeature>()?.RequestAborted ?? default;
        _isWebSocket = WebSocketHandshake.IsWebSocketRequest(features);
        _scope = CreateScope(pathPrefix, rootPath);
    }

    public Task ProcessAsync() => _isWebSocket ? ProcessWebSocketAsync() : ProcessHttpAsync();

    public void Reset()
    {
        ResetHttp();
        ResetWebSocket();
        _features = null!;
        _scope = null!;
    }

    private ValueTask<AsgiMessage> ReceiveAsync() => _isWebSocket ? ReceiveWebSocketAsync() : ReceiveHttpAsync();

    private ValueTask SendAsync(AsgiMessage message) => _isWebSocket ? SendWebSocketAsync(message) : SendHttpAsync(message);

    private async Task WriteErrorAsync(int status, string? text = null)
    {
        _response.StatusCode = status;
        _response.Headers.Clear();
        _response.Headers.ContentType = "text/plain; charset=utf-8";
        var body = text is null ? InternalServerError.ToArray() : System.Text.Encoding.UTF8.GetBytes(text);
        _response.Headers.ContentLength = body.Length;
        _response.Headers.Connection = "close";
        await _body.Writer.WriteAsync(body, _aborted).ConfigureAwait(false);
    }

    private void Abort() => _features.Get<IHttpRequestLifetimeFeature>()?.Abort();

    private void LogAccess(int status)
    {
        if (!_application.Options.AccessLog || !_application.AccessLogger.IsEnabled(LogLevel.Information)) return;
        using var requestScope = BeginRequestIdScope(_application.AccessLogger);
        Log.Access(_application.AccessLogger, _scope.Client?.ToString() ?? "-", _scope.Method, AccessTarget(), _scope.HttpVersion, status);
    }

    /// <summary>A WebSocket session's access line: how it ended and how long it lasted, or the status that refused it.</summary>
    private void LogWebSocketAccess()
    {
        if (!_application.Options.AccessLog || !_application.AccessLogger.IsEnabled(LogLevel.Information)) return;
        using var requestScope = BeginRequestIdScope(_application.AccessLogger);
        var client = _scope.Client?.ToString() ?? "-";
        if (_socket is null)
        {
            Log.WebSocketRejected(_application.AccessLogger, client, AccessTarget(), _response.StatusCode);
            return;
        }

        var seconds = System.Diagnostics.Stopwatch.GetElapsedTime(_acceptedAt).TotalSeconds.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture);
        Log.WebSocketSession(_application.AccessLogger, client, AccessTarget(), _closeCode != 0 ? _closeCode : Status.Ws1006AbnormalClosure, seconds);
    }

    private string AccessTarget() => _scope.QueryString.Length == 0 ? _scope.Path : $"{_scope.Path}?{_scope.QueryString}";

    /// <summary>Puts the request id (the request id middleware's <see cref="ScopeItemKeys.RequestId"/>) in the logging scope of a line about the request.</summary>
    private IDisposable? BeginRequestIdScope(ILogger logger) =>
        _scope.TryGetItem(ScopeItemKeys.RequestId, out var id) && id is string text ? logger.BeginScope(new Common.Logging.RequestIdLogState(text)) : null;
}

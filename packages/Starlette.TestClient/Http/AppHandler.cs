using Starlette.Types;

namespace Starlette.Testing;

/// <summary>The innermost handler: turns each request into a scope and runs it through the app.</summary>
internal sealed class AppHandler(AsgiApp app, TestClientOptions options, Func<IDictionary<string, object?>> state) : HttpMessageHandler
{
    internal static readonly IReadOnlyDictionary<string, object?> HttpExtensions = new Dictionary<string, object?>
    {
        [ExtensionNames.Debug] = null,
        [ExtensionNames.Trailers] = null,
        [ExtensionNames.PathSend] = null,
    };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.RequestUri?.Scheme is "ws" or "wss")
            throw new InvalidOperationException("Use TestClient.WebSocketConnectAsync for ws:// and wss:// URLs.");

        var scope = ScopeFactory.Create(ScopeType.Http, request, options, HttpExtensions, state());
        return new HttpExchange(request, scope, options.RaiseServerExceptions).RunAsync(app, cancellationToken);
    }
}

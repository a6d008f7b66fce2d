using Starlette.Types;

namespace Starlette.Middleware.RequestId;

/// <summary>
/// The middleware itself: picks the id (the incoming one when trusted and valid, else a new one), records it on the
/// scope, and runs the app with a send that echoes it, inside a logging scope when a logger is set.
/// </summary>
internal sealed class RequestIdHandler(AsgiApp next, RequestIdPolicy policy)
{
    public ValueTask InvokeAsync(Scope scope, Receive receive, Send send)
    {
        if (scope.Type is not (ScopeType.Http or ScopeType.WebSocket)) return next(scope, receive, send);
        var id = Incoming(scope) ?? policy.Generator();
        scope.Items[ScopeItemKeys.RequestId] = id;
        if (policy.EchoOnResponse) send = new EchoSend(send, policy.HeaderName, id).SendAsync;
        return policy.Logger is { } logger ? RunInLogScopeAsync(logger, id, scope, receive, send) : next(scope, receive, send);
    }

    private string? Incoming(Scope scope)
    {
        if (!policy.TrustIncoming) return null;
        var headers = scope.Headers;
        for (var i = 0; i < headers.Count; i++)
        {
            if (string.Equals(headers[i].Name, policy.HeaderName, StringComparison.OrdinalIgnoreCase))
            {
                return policy.IsValid(headers[i].Value) ? headers[i].Value : null;
            }
        }

        return null;
    }

    private async ValueTask RunInLogScopeAsync(Microsoft.Extensions.Logging.ILogger logger, string id, Scope scope, Receive receive, Send send)
    {
        using (logger.BeginScope(new RequestIdLogState(id)))
        {
            await next(scope, receive, send).ConfigureAwait(false);
        }
    }
}

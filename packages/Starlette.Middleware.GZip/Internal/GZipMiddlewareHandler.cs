using Starlette.Types;

namespace Starlette.Middleware.GZip.Internal;

/// <summary>The middleware itself: picks the coding per request and hands the response to a <see cref="CompressionResponder"/>.</summary>
internal sealed class GZipMiddlewareHandler(AsgiApp next, CompressionSettings settings)
{
    public ValueTask InvokeAsync(Scope scope, Receive receive, Send send)
    {
        if (scope.Type != ScopeType.Http) return next(scope, receive, send);
        var coding = AcceptEncoding.Choose(scope.Headers, settings.EnableBrotli);
        return new CompressionResponder(send, settings, coding).RunAsync(next, scope, receive);
    }
}

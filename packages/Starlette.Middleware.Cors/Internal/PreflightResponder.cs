using Starlette.Types;

namespace Starlette.Middleware.Cors;

/// <summary>
/// Answers a preflight (an <c>OPTIONS</c> request with <c>Access-Control-Request-Method</c>) without calling the
/// app, as upstream's <c>preflight_response</c>: 200 <c>OK</c>, or 400 naming what is not allowed, as
/// <c>text/plain; charset=utf-8</c> with the policy's headers in upstream's order.
/// </summary>
internal static class PreflightResponder
{
    private const string TextPlain = "text/plain; charset=utf-8";

    public static async ValueTask RespondAsync(CorsPolicy policy, PreflightRequest request, Send send)
    {
        var template = policy.PreflightHeaders;
        var headers = new List<HttpHeader>(template.Length + 5);
        headers.AddRange(template);
        var failures = PreflightFailures.None;

        if (policy.IsAllowedOrigin(request.Origin))
        {
            // Otherwise the template already says "*".
            if (policy.PreflightExplicitAllowOrigin) headers.Add(new HttpHeader(CorsHeaderNames.AllowOrigin, request.Origin));
        }
        else
        {
            failures |= PreflightFailures.Origin;
        }

        if (!policy.IsAllowedMethod(request.Method)) failures |= PreflightFailures.Method;

        if (request.Headers is { } requestedHeaders)
        {
            // Allowing any header means echoing the requested ones back.
            if (policy.AllowAllHeaders) headers.Add(new HttpHeader(CorsHeaderNames.AllowHeaders, requestedHeaders));
            else if (!policy.AllowedHeaders.AllowsAll(requestedHeaders)) failures |= PreflightFailures.Headers;
        }

        if (request.PrivateNetwork is not null)
        {
            if (policy.AllowPrivateNetwork) headers.Add(new HttpHeader(CorsHeaderNames.AllowPrivateNetwork, "true"));
            else failures |= PreflightFailures.PrivateNetwork;
        }

        headers.Add(new HttpHeader(CorsHeaderNames.ContentLength, PreflightBodies.Length(failures)));
        headers.Add(new HttpHeader(CorsHeaderNames.ContentType, TextPlain));
        var status = failures == PreflightFailures.None ? Status.Http200OK : Status.Http400BadRequest;
        await send(new HttpResponseStartMessage(status, headers)).ConfigureAwait(false);
        await send(new HttpResponseBodyMessage(PreflightBodies.Body(failures))).ConfigureAwait(false);
    }
}

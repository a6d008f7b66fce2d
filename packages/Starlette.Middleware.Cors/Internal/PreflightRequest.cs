namespace Starlette.Middleware.Cors;

/// <summary>The request headers a preflight is judged on (the first of each, as upstream's <c>Headers.get</c>).</summary>
/// <param name="Origin">The <c>Origin</c> header.</param>
/// <param name="Method">The <c>Access-Control-Request-Method</c> header.</param>
/// <param name="Headers">The <c>Access-Control-Request-Headers</c> header, if sent.</param>
/// <param name="PrivateNetwork">The <c>Access-Control-Request-Private-Network</c> header, if sent.</param>
internal readonly record struct PreflightRequest(string Origin, string Method, string? Headers, string? PrivateNetwork);

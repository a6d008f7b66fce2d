namespace Starlette.Middleware.Cors;

/// <summary>The header names the middleware reads and writes, lowercased as the contract carries them.</summary>
internal static class CorsHeaderNames
{
    public const string Origin = "origin";
    public const string RequestMethod = "access-control-request-method";
    public const string RequestHeaders = "access-control-request-headers";
    public const string RequestPrivateNetwork = "access-control-request-private-network";

    public const string AllowOrigin = "access-control-allow-origin";
    public const string AllowMethods = "access-control-allow-methods";
    public const string AllowHeaders = "access-control-allow-headers";
    public const string AllowCredentials = "access-control-allow-credentials";
    public const string AllowPrivateNetwork = "access-control-allow-private-network";
    public const string ExposeHeaders = "access-control-expose-headers";
    public const string MaxAge = "access-control-max-age";
    public const string Vary = "vary";
    public const string ContentLength = "content-length";
    public const string ContentType = "content-type";
}

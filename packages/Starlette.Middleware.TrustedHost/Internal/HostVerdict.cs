namespace Starlette.Middleware.TrustedHost;

/// <summary>What <see cref="TrustedHostPolicy.Judge"/> decides for a host.</summary>
internal enum HostVerdict
{
    /// <summary>The host is allowed: the request goes to the app.</summary>
    Allowed,

    /// <summary>Only the <c>www.</c> form of the host is allowed, and redirecting to it is on.</summary>
    RedirectToWww,

    /// <summary>The host is not allowed: 400 <c>Invalid host header</c>.</summary>
    Invalid,
}

using Starlette.Types;

namespace Starlette.Middleware.TrustedHost;

/// <summary>
/// Guards against HTTP Host header attacks (upstream's <c>TrustedHostMiddleware</c>): an HTTP or WebSocket request
/// whose <c>Host</c> (port left out) is not allowed gets a 400 <c>Invalid host header</c>, or a 307 to the
/// <c>www.</c> host when only that one is allowed. WebSockets get the answer as a denial response.
/// </summary>
/// <example>
/// <code>
/// AsgiApp app = TrustedHostMiddleware.Wrap(inner, new TrustedHostOptions { AllowedHosts = ["example.com", "*.example.com"] });
/// </code>
/// </example>
public static class TrustedHostMiddleware
{
    /// <summary>The name the middleware descriptor carries.</summary>
    public const string Name = "TrustedHostMiddleware";

    /// <summary>The error for a misplaced <c>*</c> in <see cref="TrustedHostOptions.AllowedHosts"/>, as upstream words it.</summary>
    public const string DomainWildcardError = "Domain wildcard patterns must be like '*.example.com'.";

    /// <summary>Describes the middleware for an application's middleware list.</summary>
    /// <param name="options">The allowed hosts; default <see cref="TrustedHostOptions"/> (any host). Read once, here.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="ArgumentException">A pattern has a <c>*</c> other than a leading <c>*.</c>, or the list is or holds <see langword="null"/>.</exception>
    public static MiddlewareDescriptor Create(TrustedHostOptions? options = null)
    {
        options ??= new TrustedHostOptions();
        var policy = new TrustedHostPolicy(options);
        return new MiddlewareDescriptor(Name, next => new TrustedHostHandler(next, policy).InvokeAsync, options);
    }

    /// <summary>Wraps <paramref name="next"/> in the middleware.</summary>
    /// <param name="next">The app to call for allowed hosts.</param>
    /// <param name="options">The allowed hosts; default <see cref="TrustedHostOptions"/> (any host). Read once, here.</param>
    /// <returns>The wrapped app.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="next"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">A pattern has a <c>*</c> other than a leading <c>*.</c>, or the list is or holds <see langword="null"/>.</exception>
    public static AsgiApp Wrap(AsgiApp next, TrustedHostOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(next);
        return new TrustedHostHandler(next, new TrustedHostPolicy(options ?? new TrustedHostOptions())).InvokeAsync;
    }
}

namespace Starlette.Middleware.TrustedHost;

/// <summary>
/// Which hosts <see cref="TrustedHostMiddleware"/> accepts (upstream's <c>TrustedHostMiddleware</c> keyword
/// arguments). The middleware reads the options once, when it is built.
/// </summary>
/// <example>
/// <code>
/// var options = new TrustedHostOptions { AllowedHosts = ["example.com", "*.example.com"] };
/// </code>
/// </example>
public sealed class TrustedHostOptions
{
    /// <summary>
    /// The allowed hosts, compared with the <c>Host</c> header without its port: exact names such as
    /// <c>example.com</c>, or <c>*.example.com</c> for any name ending in <c>.example.com</c>; <c>"*"</c> allows any
    /// host. A <c>*</c> anywhere else is refused when the middleware is built. Default: <c>["*"]</c>.
    /// </summary>
    public IList<string> AllowedHosts { get; set; } = ["*"];

    /// <summary>
    /// Whether a request for <c>example.com</c> is redirected to <c>www.example.com</c> when only the latter is
    /// allowed. Default: yes.
    /// </summary>
    public bool WwwRedirect { get; set; } = true;

    /// <summary>Describes the options, e.g. <c>TrustedHostOptions { AllowedHosts = [example.com], WwwRedirect = True }</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"TrustedHostOptions {{ AllowedHosts = [{string.Join(", ", AllowedHosts ?? [])}], WwwRedirect = {WwwRedirect} }}";
}

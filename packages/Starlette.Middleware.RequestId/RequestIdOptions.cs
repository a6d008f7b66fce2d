using Microsoft.Extensions.Logging;

namespace Starlette.Middleware.RequestId;

/// <summary>
/// How <see cref="RequestIdMiddleware"/> reads, makes and reports request ids. The middleware reads the options once,
/// when it is built: later changes have no effect on it.
/// </summary>
/// <example>
/// <code>
/// var options = new RequestIdOptions { HeaderName = "X-Correlation-ID", Logger = loggerFactory.CreateLogger("App") };
/// </code>
/// </example>
public sealed class RequestIdOptions
{
    /// <summary>The request header carrying an incoming id, and the response header echoing it. Default: <c>X-Request-ID</c>.</summary>
    public string HeaderName { get; set; } = "X-Request-ID";

    /// <summary>
    /// Whether an incoming id is used (when valid). Set it to <see langword="false"/> when clients cannot be trusted to
    /// choose ids and no proxy in front sets them: every request then gets a new one. Default: <see langword="true"/>.
    /// </summary>
    public bool TrustIncoming { get; set; } = true;

    /// <summary>
    /// The longest incoming id accepted, in characters; a longer one is replaced by a new id. Default: 128.
    /// Valid ids consist of ASCII letters, digits and <c>- _ . : + = / @</c>.
    /// </summary>
    public int MaxLength { get; set; } = 128;

    /// <summary>Makes a new id; <see langword="null"/> (the default) makes a time-ordered GUID (version 7), such as <c>0192d1c2-...</c>.</summary>
    public Func<string>? Generator { get; set; }

    /// <summary>Whether the response carries the id in <see cref="HeaderName"/> (HTTP responses and WebSocket accepts). Default: <see langword="true"/>.</summary>
    public bool EchoOnResponse { get; set; } = true;

    /// <summary>
    /// A logger of the host's logger factory: when set, the middleware begins a logging scope with <c>RequestId</c>
    /// around the app, so every log line written while the app handles the request (by any logger of that factory)
    /// carries the id. Default: <see langword="null"/>, no logging scope.
    /// </summary>
    public ILogger? Logger { get; set; }

    /// <summary>Describes the options.</summary>
    /// <returns>The description.</returns>
    public override string ToString() =>
        $"RequestIdOptions {{ HeaderName = {HeaderName}, TrustIncoming = {TrustIncoming}, MaxLength = {MaxLength}, EchoOnResponse = {EchoOnResponse}, Logger = {(Logger is null ? "none" : "set")} }}";
}

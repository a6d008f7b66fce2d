using Starlette.Middleware.Sessions.Internal;
using Starlette.Types;

namespace Starlette.Middleware.Sessions;

/// <summary>
/// Upstream's <c>SessionMiddleware</c>: a signed-cookie session, in <c>scope["session"]</c>
/// (<see cref="Scope.Items"/> under <see cref="ScopeItemKeys.Session"/>) as a <see cref="Session"/>, for HTTP and WebSocket scopes.
/// </summary>
/// <remarks>
/// <para>
/// The cookie is byte-compatible with Python Starlette's: the session as JSON (written as Python's
/// <c>json.dumps</c> writes it), base64-encoded, then signed with itsdangerous' <c>TimestampSigner</c>
/// (HMAC-SHA1 with the key <c>SHA1("itsdangerous.Signer" + "signer" + secret)</c>, timestamp and signature in
/// unpadded URL-safe base64, joined with dots).
/// </para>
/// <para>
/// A missing, tampered, expired or otherwise unreadable cookie gives an empty session, silently (this package logs
/// nothing). At <c>http.response.start</c>: <c>Vary: Cookie</c> is added when the session was read or written;
/// a <c>Set-Cookie</c> is appended when the session was modified and is not empty, and a clearing cookie
/// (<c>null</c>, expired in 1970) when it was modified, is empty, and the request carried a valid session.
/// </para>
/// </remarks>
/// <example>
/// <code>
/// AsgiApp app = SessionMiddleware.Wrap(inner, new SessionOptions { SecretKey = secret });
/// // in the app:
/// var session = scope.GetSession()!;           // or new HttpConnection(scope).Session
/// session["user"] = "alice";
/// </code>
/// </example>
public static class SessionMiddleware
{
    /// <summary>The descriptor's name.</summary>
    public const string Name = "SessionMiddleware";

    /// <summary>Describes the middleware for an application's middleware list.</summary>
    /// <param name="options">The options; <see cref="SessionOptions.SecretKey"/> is required.</param>
    /// <returns>The descriptor.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is missing or invalid.</exception>
    public static MiddlewareDescriptor Create(SessionOptions options)
    {
        var settings = SessionSettings.From(options);
        return new MiddlewareDescriptor(Name, next => new SessionMiddlewareHandler(next, settings).InvokeAsync, options);
    }

    /// <summary>Wraps <paramref name="next"/> in the middleware.</summary>
    /// <param name="next">The app that gets the session.</param>
    /// <param name="options">The options; <see cref="SessionOptions.SecretKey"/> is required.</param>
    /// <returns>The wrapped app.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="next"/> or <paramref name="options"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentException">An option is missing or invalid.</exception>
    public static AsgiApp Wrap(AsgiApp next, SessionOptions options)
    {
        ArgumentNullException.ThrowIfNull(next);
        return new SessionMiddlewareHandler(next, SessionSettings.From(options)).InvokeAsync;
    }
}

using Starlette.Requests;
using Starlette.Responses;

namespace Starlette.Authentication;

/// <summary>The options, checked and frozen when the middleware is built.</summary>
internal sealed class AuthenticationSettings(IAuthenticationBackend backend, Func<HttpConnection, AuthenticationException, Response> onError)
{
    public IAuthenticationBackend Backend { get; } = backend;

    public Func<HttpConnection, AuthenticationException, Response> OnError { get; } = onError;

    public static AuthenticationSettings From(AuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Backend is null) throw new ArgumentNullException(nameof(options), "AuthenticationOptions.Backend is required.");
        return new AuthenticationSettings(options.Backend, options.OnError ?? AuthenticationMiddleware.DefaultOnError);
    }
}

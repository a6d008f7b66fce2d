using Starlette.Requests;

namespace Starlette.Authentication;

/// <summary>
/// What an <see cref="IAuthenticationBackend"/> found (upstream's <c>(AuthCredentials, BaseUser)</c> tuple): the
/// middleware stores <see cref="Credentials"/> in <c>scope["auth"]</c> and <see cref="User"/> in <c>scope["user"]</c>.
/// </summary>
public sealed class AuthenticationResult
{
    /// <summary>Creates the result.</summary>
    /// <param name="credentials">The connection's credentials.</param>
    /// <param name="user">The connection's user.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public AuthenticationResult(AuthCredentials credentials, BaseUser user)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(user);
        Credentials = credentials;
        User = user;
    }

    /// <summary>The credentials (scopes).</summary>
    public AuthCredentials Credentials { get; }

    /// <summary>The user.</summary>
    public BaseUser User { get; }

    /// <summary>Splits the result, as upstream unpacks its tuple: <c>var (credentials, user) = result;</c>.</summary>
    /// <param name="credentials">The credentials.</param>
    /// <param name="user">The user.</param>
    public void Deconstruct(out AuthCredentials credentials, out BaseUser user)
    {
        credentials = Credentials;
        user = User;
    }
}

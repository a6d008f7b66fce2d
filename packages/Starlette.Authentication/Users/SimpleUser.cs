namespace Starlette.Authentication;

/// <summary>An authenticated user known by a user name only (upstream's <c>SimpleUser</c>).</summary>
/// <example>
/// <code>
/// return new AuthenticationResult(new AuthCredentials(["authenticated"]), new SimpleUser("alice"));
/// </code>
/// </example>
public class SimpleUser : BaseUser
{
    /// <summary>Creates the user.</summary>
    /// <param name="username">The user name.</param>
    /// <exception cref="ArgumentNullException"><paramref name="username"/> is <see langword="null"/>.</exception>
    public SimpleUser(string username)
    {
        ArgumentNullException.ThrowIfNull(username);
        Username = username;
    }

    /// <summary>The user name.</summary>
    public string Username { get; }

    /// <summary>Always <see langword="true"/>.</summary>
    public override bool IsAuthenticated => true;

    /// <summary>The user name.</summary>
    public override string DisplayName => Username;
}

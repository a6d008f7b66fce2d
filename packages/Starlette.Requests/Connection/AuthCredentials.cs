namespace Starlette.Requests;

/// <summary>
/// What a connection is allowed to do (upstream's <c>AuthCredentials</c>): a list of scopes such as
/// <c>"authenticated"</c> or <c>"admin"</c>, in <c>scope["auth"]</c> (<see cref="HttpConnection.Auth"/>), put there by
/// the authentication middleware and checked by its <c>Requires</c>. It lives here, below the authentication package,
/// so that a connection can hand it out typed.
/// </summary>
public class AuthCredentials
{
    /// <summary>Credentials without scopes (what an unauthenticated connection gets); shared, immutable.</summary>
    public static AuthCredentials None { get; } = new();

    /// <summary>Creates credentials with the given scopes (copied); none when <paramref name="scopes"/> is <see langword="null"/>.</summary>
    /// <param name="scopes">The scopes.</param>
    /// <exception cref="ArgumentException">A scope is <see langword="null"/>.</exception>
    public AuthCredentials(IEnumerable<string>? scopes = null)
    {
        string[] copy = scopes is null ? [] : [.. scopes];
        if (Array.IndexOf(copy, null) >= 0) throw new ArgumentException("A scope is null.", nameof(scopes));
        Scopes = copy;
    }

    /// <summary>The scopes, in the order given.</summary>
    public IReadOnlyList<string> Scopes { get; }

    /// <summary>Whether the credentials hold <paramref name="scope"/> (compared ordinally).</summary>
    /// <param name="scope">The scope.</param>
    /// <returns><see langword="true"/> when the scope is held.</returns>
    public bool HasScope(string scope)
    {
        for (var i = 0; i < Scopes.Count; i++)
        {
            if (string.Equals(Scopes[i], scope, StringComparison.Ordinal)) return true;
        }

        return false;
    }

    /// <summary>Describes the credentials, e.g. <c>AuthCredentials([authenticated, admin])</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => $"AuthCredentials([{string.Join(", ", Scopes)}])";
}

using System.Security.Cryptography;
using System.Text;
using Starlette.Authentication;
using Starlette.Datastructures;
using Starlette.Requests;

namespace Website;

/// <summary>HTTP Basic authentication against one configured account; the password is compared in constant time.</summary>
internal sealed class BasicAuthBackend(string username, Secret password) : IAuthenticationBackend
{
    private readonly byte[] _expected = Encoding.UTF8.GetBytes($"{username}:{password.Reveal()}");

    public ValueTask<AuthenticationResult?> AuthenticateAsync(HttpConnection connection)
    {
        if (connection.Headers.Get("authorization") is not { } header) return ValueTask.FromResult<AuthenticationResult?>(null);
        var parts = header.Split(' ', 2, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length != 2 || !parts[0].Equals("Basic", StringComparison.OrdinalIgnoreCase)) return ValueTask.FromResult<AuthenticationResult?>(null);

        byte[] given;
        try
        {
            given = Convert.FromBase64String(parts[1]);
        }
        catch (FormatException error)
        {
            throw new AuthenticationException("Invalid basic auth credentials", error);
        }

        // A wrong account is anonymous (the guarded page answers 401 and the browser asks again), not an error.
        if (!CryptographicOperations.FixedTimeEquals(given, _expected)) return ValueTask.FromResult<AuthenticationResult?>(null);
        return ValueTask.FromResult<AuthenticationResult?>(new AuthenticationResult(new AuthCredentials(["authenticated", "admin"]), new SimpleUser(username)));
    }
}

using System.Text;
using Starlette.Requests;

namespace Starlette.Authentication.Tests;

/// <summary>
/// Upstream's test backend (<c>BasicAuth</c>): no <c>Authorization</c> header is an anonymous connection; a header
/// that is not two words with valid base64 ASCII as the second is an <see cref="AuthenticationException"/>; else the
/// user is the part before the first <c>:</c>, with the scope <c>authenticated</c>. (Like upstream's, it checks
/// neither the scheme nor the password.)
/// </summary>
public sealed class BasicAuthBackend : IAuthenticationBackend
{
    private static readonly Encoding StrictAscii = Encoding.GetEncoding("us-ascii", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    public ValueTask<AuthenticationResult?> AuthenticateAsync(HttpConnection connection)
    {
        if (connection.Headers.Get("authorization") is not { } header) return ValueTask.FromResult<AuthenticationResult?>(null);

        string decoded;
        try
        {
            var parts = header.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length != 2) throw new FormatException("Expected a scheme and credentials.");
            decoded = StrictAscii.GetString(Convert.FromBase64String(parts[1]));
        }
        catch (Exception error) when (error is FormatException or DecoderFallbackException)
        {
            throw new AuthenticationException("Invalid basic auth credentials", error);
        }

        var username = decoded.Split(':', 2)[0];
        return ValueTask.FromResult<AuthenticationResult?>(new AuthenticationResult(new AuthCredentials(["authenticated"]), new SimpleUser(username)));
    }

    /// <summary>The <c>Authorization</c> value httpx sends for <c>auth=(username, password)</c>.</summary>
    public static string Header(string username, string password) =>
        "Basic " + Convert.ToBase64String(Encoding.ASCII.GetBytes($"{username}:{password}"));
}

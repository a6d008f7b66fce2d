using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Starlette.Middleware.Sessions.Tests.Fuzz;

/// <summary>
/// An independent, test-side itsdangerous <c>TimestampSigner</c> (HMAC-SHA1, key <c>sha1("itsdangerous.Signer" +
/// "signer" + secret)</c>, URL-safe base64 without padding), so randomized payloads can carry a genuine signature
/// and reach the session's base64 and JSON decoding. Checked against the Python-made <see cref="Vectors"/>.
/// </summary>
internal static class ItsDangerousSigner
{
    public static string Sign(string payload, long timestamp, string secret = Harness.Secret)
    {
        Span<byte> time = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(time, timestamp);
        return SignStamped($"{payload}.{Base64Url(time.TrimStart((byte)0))}", secret);
    }

    /// <summary>Signs <c>payload.timestamp</c> as given, whatever its timestamp part holds.</summary>
    public static string SignStamped(string value, string secret = Harness.Secret)
    {
        var key = SHA1.HashData(Encoding.UTF8.GetBytes("itsdangerous.Signersigner" + secret));
        return $"{value}.{Base64Url(HMACSHA1.HashData(key, Encoding.UTF8.GetBytes(value)))}";
    }

    private static string Base64Url(ReadOnlySpan<byte> bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

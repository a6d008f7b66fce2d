using System.Buffers.Binary;
using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Starlette.Middleware.Sessions.Internal;

/// <summary>
/// itsdangerous' <c>TimestampSigner</c> with its defaults, as upstream's session middleware uses it:
/// <c>value.timestamp.signature</c>, where the timestamp is the Unix time in seconds as big-endian bytes without
/// leading zeros, and the signature is HMAC-SHA1 over <c>value.timestamp</c> keyed with
/// <c>SHA1("itsdangerous.Signer" + "signer" + secret)</c> (the "django-concat" derivation with the default salt),
/// both in URL-safe base64 without padding.
/// </summary>
internal sealed class TimestampSigner
{
    /// <summary>The most bytes <see cref="Sign"/> appends: <c>.</c>, up to 11 timestamp characters, <c>.</c>, 27 signature characters.</summary>
    public const int MaxSuffixLength = 1 + 11 + 1 + 27;

    private const int SignatureSize = 20; // SHA-1

    // An HMAC object per thread, kept for the last signer that used it: computing with a kept object skips the
    // per-call setup (and, on OpenSSL 3, the algorithm fetch) of the one-shot HMACSHA1.HashData.
    [ThreadStatic]
    private static HMACSHA1? _threadHmac;

    [ThreadStatic]
    private static TimestampSigner? _threadOwner;

    private readonly byte[] _key;

    public TimestampSigner(string secret)
    {
        var material = Encoding.UTF8.GetBytes("itsdangerous.Signer" + "signer" + secret);
        _key = SHA1.HashData(material);
        CryptographicOperations.ZeroMemory(material);
    }

    /// <summary>
    /// Signs the <paramref name="valueLength"/> bytes at the start of <paramref name="buffer"/> in place, appending
    /// <c>.timestamp.signature</c>; <paramref name="buffer"/> must have <see cref="MaxSuffixLength"/> bytes to spare.
    /// </summary>
    /// <returns>The length of the signed value.</returns>
    public int Sign(Span<byte> buffer, int valueLength, long unixSeconds)
    {
        Span<byte> timestamp = stackalloc byte[sizeof(ulong)];
        BinaryPrimitives.WriteUInt64BigEndian(timestamp, (ulong)Math.Max(unixSeconds, 0));
        var significant = timestamp.TrimStart((byte)0);

        var length = valueLength;
        buffer[length++] = (byte)'.';
        length += Base64Url.EncodeToUtf8(significant, buffer[length..]);

        Span<byte> signature = stackalloc byte[SignatureSize];
        ComputeSignature(buffer[..length], signature);
        buffer[length++] = (byte)'.';
        length += Base64Url.EncodeToUtf8(signature, buffer[length..]);
        return length;
    }

    /// <summary>
    /// Checks a signed value (itsdangerous' <c>unsign(value, max_age)</c>): the signature in constant time, then the
    /// timestamp's age when <paramref name="maxAgeSeconds"/> is given (older than it, or from the future, fails).
    /// </summary>
    /// <param name="signed">The signed value's bytes.</param>
    /// <param name="nowUnixSeconds">The current time.</param>
    /// <param name="maxAgeSeconds">The oldest accepted age, or <see langword="null"/> for no limit.</param>
    /// <param name="valueLength">The length of the value the signature covers, before <c>.timestamp</c>.</param>
    /// <returns>Whether the value is genuine and young enough.</returns>
    public bool TryUnsign(ReadOnlySpan<byte> signed, long nowUnixSeconds, long? maxAgeSeconds, out int valueLength)
    {
        valueLength = 0;
        var signatureDot = signed.LastIndexOf((byte)'.');
        if (signatureDot < 0) return false;
        var stamped = signed[..signatureDot];
        var encodedSignature = signed[(signatureDot + 1)..];

        Span<byte> given = stackalloc byte[SignatureSize + 3];
        if (encodedSignature.Length > 28
            || Base64Url.DecodeFromUtf8(encodedSignature, given, out _, out var givenLength) != System.Buffers.OperationStatus.Done)
        {
            return false;
        }

        Span<byte> expected = stackalloc byte[SignatureSize];
        ComputeSignature(stamped, expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, given[..givenLength])) return false;

        var timestampDot = stamped.LastIndexOf((byte)'.');
        if (timestampDot < 0) return false;
        Span<byte> timestamp = stackalloc byte[sizeof(ulong) + 3];
        var encodedTimestamp = stamped[(timestampDot + 1)..];
        if (encodedTimestamp.Length > 12
            || Base64Url.DecodeFromUtf8(encodedTimestamp, timestamp, out _, out var timestampLength) != System.Buffers.OperationStatus.Done
            || timestampLength > sizeof(ulong))
        {
            return false;
        }

        ulong signedAt = 0;
        foreach (var b in timestamp[..timestampLength]) signedAt = (signedAt << 8) | b;

        if (maxAgeSeconds is long maxAge)
        {
            var age = (Int128)nowUnixSeconds - signedAt;
            if (age > maxAge || age < 0) return false;
        }

        valueLength = timestampDot;
        return true;
    }

    private void ComputeSignature(ReadOnlySpan<byte> data, Span<byte> signature)
    {
        if (!ReferenceEquals(_threadOwner, this) || _threadHmac is null)
        {
            _threadHmac?.Dispose();
            _threadHmac = new HMACSHA1(_key);
            _threadOwner = this;
        }

        _threadHmac.TryComputeHash(data, signature, out _);
    }
}

using System.Text;
using System.Text.Unicode;

namespace Starlette.Requests;

/// <summary>
/// Charset lookup and upstream's <c>_user_safe_decode</c>: decode with the form's charset, and fall back to
/// Latin-1 (which never fails) when the bytes are not valid in it or the charset is unknown.
/// </summary>
internal static class Charsets
{
    public static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static readonly Encoding StrictAscii = Encoding.GetEncoding("us-ascii", EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);

    /// <summary>The charset by name, throwing on invalid bytes; <see langword="null"/> when unknown. Accepts the
    /// common Python spellings (<c>utf8</c>, <c>latin-1</c>) besides the IANA names.</summary>
    public static Encoding? Resolve(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return StrictUtf8;
        var normalized = name.Trim().Replace('_', '-').ToLowerInvariant();
        switch (normalized)
        {
            case "utf-8" or "utf8" or "u8" or "utf" or "cp65001":
                return StrictUtf8;
            case "latin-1" or "latin1" or "latin" or "l1" or "iso-8859-1" or "iso8859-1" or "8859" or "cp819":
                return Encoding.Latin1;
            case "ascii" or "us-ascii" or "646":
                return StrictAscii;
        }

        try
        {
            var codePage = Encoding.GetEncoding(normalized).CodePage;
            return Encoding.GetEncoding(codePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        }
        catch (ArgumentException)
        {
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(normalized) is { } legacy
                ? CodePagesEncodingProvider.Instance.GetEncoding(legacy.CodePage, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback)
                : null;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Whether ASCII bytes decode to the same characters in the charset, so ASCII text needs no decoding.</summary>
    public static bool IsAsciiCompatible(Encoding? encoding) =>
        encoding is null || ReferenceEquals(encoding, StrictUtf8) || ReferenceEquals(encoding, Encoding.Latin1) || ReferenceEquals(encoding, StrictAscii);

    /// <summary>Decodes with the charset, or as Latin-1 when that fails or the charset is unknown (<see langword="null"/>).</summary>
    public static string UserSafeDecode(ReadOnlySpan<byte> bytes, Encoding? encoding)
    {
        if (bytes.IsEmpty) return "";
        if (ReferenceEquals(encoding, StrictUtf8))
            return Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : Encoding.Latin1.GetString(bytes);
        if (encoding is not null && TryDecodeStrict(bytes, encoding, out var text)) return text;
        return Encoding.Latin1.GetString(bytes);
    }

    /// <summary>Decodes a string of one character per byte (as header values arrive) with the charset, safely.</summary>
    public static string UserSafeDecode(string latin1, Encoding? encoding)
    {
        if (latin1.Length == 0 || ReferenceEquals(encoding, Encoding.Latin1) || encoding is null) return latin1;
        if (IsAsciiCompatible(encoding) && System.Text.Ascii.IsValid(latin1)) return latin1;
        var bytes = latin1.Length <= 512 ? stackalloc byte[latin1.Length] : new byte[latin1.Length];
        for (var i = 0; i < latin1.Length; i++) bytes[i] = (byte)latin1[i];
        return UserSafeDecode(bytes, encoding);
    }

    /// <summary>Decodes with an encoding whose decoder throws on invalid bytes.</summary>
    public static bool TryDecodeStrict(ReadOnlySpan<byte> bytes, Encoding encoding, out string text)
    {
        try
        {
            text = encoding.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            text = "";
            return false;
        }
    }
}

using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Starlette.Common.Json;

/// <summary>
/// Escapes only what JSON requires: <c>"</c>, <c>\</c> and U+0000–U+001F, as Python's
/// <c>json.dumps(..., ensure_ascii=False)</c> does (short escapes <c>\" \\ \n \r \t \b \f</c>, else <c>\u00xx</c> in
/// lowercase hex). Everything else, astral characters, C1 controls, <c>&lt;</c> and U+2028 included, stays raw UTF-8.
/// The BCL encoders cannot do this: even <see cref="JavaScriptEncoder.UnsafeRelaxedJsonEscaping"/> escapes every
/// character outside the Basic Multilingual Plane and the C1 controls. A lone surrogate becomes U+FFFD.
/// </summary>
internal sealed class MinimalJsonEncoder : JavaScriptEncoder
{
    public static readonly MinimalJsonEncoder Instance = new();

    /// <summary>Compact writer options that use <see cref="Instance"/>.</summary>
    public static readonly JsonWriterOptions WriterOptions = new() { Encoder = Instance };

    private static readonly SearchValues<byte> Utf8ToEscape = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\"\\"u8);

    // UTF-16 input also stops at surrogates, so that a lone one is replaced (a valid pair is written as it is).
    private static readonly SearchValues<char> CharsToEscape = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\"\\");

    private MinimalJsonEncoder()
    {
    }

    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override bool WillEncode(int unicodeScalar) => unicodeScalar is < 0x20 or '"' or '\\';

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var span = new ReadOnlySpan<char>(text, textLength);
        var escape = span.IndexOfAny(CharsToEscape);
        var end = escape < 0 ? span.Length : escape;
        var surrogate = span[..end].IndexOfAnyInRange('\uD800', '\uDFFF');
        return surrogate < 0 ? escape : FirstLoneSurrogate(span, surrogate, end) is var lone and >= 0 ? lone : escape;
    }

    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        var escape = utf8Text.IndexOfAny(Utf8ToEscape);
        var end = escape < 0 ? utf8Text.Length : escape;
        // Invalid UTF-8 before the first escape is handed to the encoder, which replaces it with U+FFFD.
        return Utf8.IsValid(utf8Text[..end]) ? escape : FirstInvalidUtf8(utf8Text[..end]);
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var destination = new Span<char>(buffer, bufferLength);
        numberOfCharactersWritten = 0;
        if (!WillEncode(unicodeScalar)) return new Rune(unicodeScalar).TryEncodeToUtf16(destination, out numberOfCharactersWritten);
        ReadOnlySpan<char> escaped = unicodeScalar switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            '\b' => "\\b",
            '\f' => "\\f",
            _ => ['\\', 'u', '0', '0', "0123456789abcdef"[unicodeScalar >> 4], "0123456789abcdef"[unicodeScalar & 0xF]],
        };
        if (!escaped.TryCopyTo(destination)) return false;
        numberOfCharactersWritten = escaped.Length;
        return true;
    }

    private static int FirstLoneSurrogate(ReadOnlySpan<char> text, int from, int end)
    {
        for (var i = from; i < end; i++)
        {
            if (!char.IsSurrogate(text[i])) continue;
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else return i;
        }

        return -1;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> text)
    {
        var index = 0;
        while (Rune.DecodeFromUtf8(text[index..], out _, out var consumed) == OperationStatus.Done) index += consumed;
        return index;
    }
}

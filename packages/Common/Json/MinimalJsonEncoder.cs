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

    private static readonly SearchValues<char> CharsToEscape = SearchValues.Create(
        "\0\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b\t\n\u000b\f\r\u000e\u000f\u0010\u0011\u0012\u0013\u0014\u0015\u0016\u0017\u0018\u0019\u001a\u001b\u001c\u001d\u001e\u001f\"\\");

    // Printable ASCII but '"' and '\': the one vectorized pass most text needs.
    private const string SafeAscii = " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~\u007f";

    private static readonly SearchValues<char> SafeAsciiChars = SearchValues.Create(SafeAscii);

    private static readonly SearchValues<byte> SafeAsciiBytes = SearchValues.Create(System.Text.Encoding.ASCII.GetBytes(SafeAscii));

    private MinimalJsonEncoder()
    {
    }

    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override bool WillEncode(int unicodeScalar) => unicodeScalar is < 0x20 or '"' or '\\';

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        var span = new ReadOnlySpan<char>(text, textLength);
        var first = span.IndexOfAnyExcept(SafeAsciiChars);
        if (first < 0 || span[first] < 0x80) return first;

        // Non-ASCII from here: stop at the next escape, or before it at a lone surrogate (replaced; a pair stays).
        var escape = span.Slice(first).IndexOfAny(CharsToEscape) is var found and >= 0 ? first + found : -1;
        var end = escape < 0 ? span.Length : escape;
        var surrogate = span[first..end].IndexOfAnyInRange('\uD800', '\uDFFF');
        return surrogate < 0 ? escape : FirstLoneSurrogate(span, first + surrogate, end) is var lone and >= 0 ? lone : escape;
    }

    public override int FindFirstCharacterToEncodeUtf8(ReadOnlySpan<byte> utf8Text)
    {
        var first = utf8Text.IndexOfAnyExcept(SafeAsciiBytes);
        if (first < 0 || utf8Text[first] < 0x80) return first;

        // Non-ASCII from here: invalid UTF-8 before the next escape is handed to the encoder, which replaces it with U+FFFD.
        var escape = utf8Text.Slice(first).IndexOfAny(Utf8ToEscape) is var found and >= 0 ? first + found : -1;
        var end = escape < 0 ? utf8Text.Length : escape;
        return Utf8.IsValid(utf8Text[first..end]) ? escape : first + FirstInvalidUtf8(utf8Text[first..end]);
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

using System.Text;

namespace Starlette.Common.Json;

/// <summary>
/// JSON bytes from a client as UTF-8, the way Python's <c>json.loads(bytes)</c> reads them: a UTF-32, UTF-16 or
/// UTF-8 byte order mark is honoured and dropped, and without one the pattern of zero bytes at the start tells
/// UTF-16 and UTF-32 (either byte order) from UTF-8 (RFC 4627 §3). Plain UTF-8 comes back as it is, uncopied.
/// </summary>
internal static class JsonBytes
{
    public static ReadOnlyMemory<byte> ToUtf8(ReadOnlyMemory<byte> json)
    {
        var b = json.Span;
        if (b.Length < 2 || (b[0] is not (0 or 0xEF or 0xFE or 0xFF) && b[1] != 0)) return json;
        if (b.StartsWith(Utf32LeBom) || b.StartsWith(Utf32BeBom)) return Transcode(b[4..], Utf32(b[0] == 0));
        if (b.StartsWith(Utf16LeBom) || b.StartsWith(Utf16BeBom)) return Transcode(b[2..], Utf16(b[0] == 0xFE));
        if (b.StartsWith(Utf8Bom)) return json[3..];
        return Detect(b) is { } encoding ? Transcode(b, encoding) : json;
    }

    private static ReadOnlySpan<byte> Utf32LeBom => [0xFF, 0xFE, 0, 0];

    private static ReadOnlySpan<byte> Utf32BeBom => [0, 0, 0xFE, 0xFF];

    private static ReadOnlySpan<byte> Utf16LeBom => [0xFF, 0xFE];

    private static ReadOnlySpan<byte> Utf16BeBom => [0xFE, 0xFF];

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static Encoding? Detect(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 4)
        {
            if (b[0] == 0) return b[1] != 0 ? Utf16(bigEndian: true) : Utf32(bigEndian: true);
            if (b[1] == 0) return b[2] != 0 || b[3] != 0 ? Utf16(bigEndian: false) : Utf32(bigEndian: false);
        }
        else if (b.Length == 2)
        {
            if (b[0] == 0) return Utf16(bigEndian: true);
            if (b[1] == 0) return Utf16(bigEndian: false);
        }

        return null;
    }

    private static Encoding Utf16(bool bigEndian) => bigEndian ? Encoding.BigEndianUnicode : Encoding.Unicode;

    private static Encoding Utf32(bool bigEndian) => bigEndian ? BigEndianUtf32 : Encoding.UTF32;

    private static readonly Encoding BigEndianUtf32 = new UTF32Encoding(bigEndian: true, byteOrderMark: false);

    private static byte[] Transcode(ReadOnlySpan<byte> bytes, Encoding encoding) => Encoding.UTF8.GetBytes(encoding.GetString(bytes));
}

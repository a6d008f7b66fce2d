using System.Buffers;
using System.Text;

namespace Starlette.Datastructures;

/// <summary>
/// Python's <c>urllib.parse</c> query helpers: <c>parse_qsl(keep_blank_values=True)</c>, <c>unquote_plus</c>
/// (UTF-8 with replacement characters) and <c>urlencode</c> (<c>quote_plus</c> with no extra safe characters).
/// </summary>
internal static class PercentEncoding
{
    private const int StackLimit = 256;

    /// <summary>
    /// Splits a query string into name/value pairs as <c>parse_qsl(qs, keep_blank_values=True)</c> does: empty
    /// fields are skipped, a field without <c>=</c> has an empty value, <c>+</c> is a space, escapes are UTF-8.
    /// </summary>
    public static List<KeyValuePair<string, string>> ParseQuery(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var span = query.AsSpan();
        var pairs = new List<KeyValuePair<string, string>>(span.Length == 0 ? 0 : span.Count('&') + 1);
        while (span.Length > 0)
        {
            var end = span.IndexOf('&');
            var field = end < 0 ? span : span[..end];
            span = end < 0 ? default : span[(end + 1)..];
            if (field.IsEmpty) continue;

            var equals = field.IndexOf('=');
            var name = equals < 0 ? field : field[..equals];
            var value = equals < 0 ? default : field[(equals + 1)..];
            pairs.Add(new KeyValuePair<string, string>(UnquotePlus(name), UnquotePlus(value)));
        }

        return pairs;
    }

    /// <summary>
    /// Python's <c>unquote_plus</c>: <c>+</c> becomes a space, then each run of ASCII characters is percent-decoded
    /// to bytes and read as UTF-8 (invalid sequences become U+FFFD); non-ASCII characters are kept as they are.
    /// </summary>
    public static string UnquotePlus(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty) return "";
        var percent = text.IndexOf('%');
        if (percent < 0)
        {
            if (text.IndexOf('+') < 0) return text.ToString();
            return string.Create(text.Length, text, static (destination, source) => source.Replace(destination, '+', ' '));
        }

        char[]? rentedChars = null;
        byte[]? rentedBytes = null;
        var chars = text.Length <= StackLimit ? stackalloc char[StackLimit] : (rentedChars = ArrayPool<char>.Shared.Rent(text.Length));
        var bytes = text.Length <= StackLimit ? stackalloc byte[StackLimit] : (rentedBytes = ArrayPool<byte>.Shared.Rent(text.Length));
        try
        {
            var written = 0;
            var byteCount = 0;
            var nonAscii = false;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c >= '\x80')
                {
                    written += Flush(bytes[..byteCount], nonAscii, chars[written..]);
                    byteCount = 0;
                    nonAscii = false;
                    chars[written++] = c;
                    continue;
                }

                if (c == '%' && i + 2 < text.Length && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]))
                {
                    var b = (byte)((HexValue(text[i + 1]) << 4) | HexValue(text[i + 2]));
                    nonAscii |= b >= 0x80;
                    bytes[byteCount++] = b;
                    i += 2;
                }
                else
                {
                    bytes[byteCount++] = c == '+' ? (byte)' ' : (byte)c;
                }
            }

            written += Flush(bytes[..byteCount], nonAscii, chars[written..]);
            return new string(chars[..written]);
        }
        finally
        {
            if (rentedChars is not null) ArrayPool<char>.Shared.Return(rentedChars);
            if (rentedBytes is not null) ArrayPool<byte>.Shared.Return(rentedBytes);
        }
    }

    /// <summary>Encodes pairs as <c>urlencode</c> does: <c>name=value</c> joined by <c>&amp;</c>, each side quoted with <see cref="AppendQuotePlus"/>.</summary>
    public static string UrlEncode(IReadOnlyList<KeyValuePair<string, string>> pairs)
    {
        if (pairs.Count == 0) return "";
        var builder = new StringBuilder();
        for (var i = 0; i < pairs.Count; i++)
        {
            if (i > 0) builder.Append('&');
            AppendQuotePlus(builder, pairs[i].Key);
            builder.Append('=');
            AppendQuotePlus(builder, pairs[i].Value);
        }

        return builder.ToString();
    }

    /// <summary>
    /// Python's <c>quote_plus(text, safe='')</c>: letters, digits and <c>_.-~</c> are kept, a space becomes
    /// <c>+</c>, every other byte of the UTF-8 encoding becomes <c>%XX</c> (uppercase hex).
    /// </summary>
    public static void AppendQuotePlus(StringBuilder builder, string text)
    {
        Span<byte> encoded = stackalloc byte[4];
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (IsAlwaysSafe(c)) continue;
            builder.Append(text, start, i - start);
            if (c == ' ')
            {
                builder.Append('+');
            }
            else if (c < '\x80')
            {
                AppendPercent(builder, (byte)c);
            }
            else
            {
                var length = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]) ? 2 : 1;
                var count = Encoding.UTF8.GetBytes(text.AsSpan(i, length), encoded);
                foreach (var b in encoded[..count]) AppendPercent(builder, b);
                i += length - 1;
            }

            start = i + 1;
        }

        builder.Append(text, start, text.Length - start);
    }

    private static bool IsAlwaysSafe(char c) => char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '-' or '~';

    private static void AppendPercent(StringBuilder builder, byte value) =>
        builder.Append('%').Append("0123456789ABCDEF"[value >> 4]).Append("0123456789ABCDEF"[value & 0xf]);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static int Flush(ReadOnlySpan<byte> bytes, bool nonAscii, Span<char> destination)
    {
        if (!nonAscii)
        {
            for (var i = 0; i < bytes.Length; i++) destination[i] = (char)bytes[i];
            return bytes.Length;
        }

        // UTF-8 with replacement: each maximal invalid subsequence becomes one U+FFFD, as Python's errors='replace'.
        return Encoding.UTF8.GetChars(bytes, destination);
    }
}

using System.Buffers;
using System.Text;

namespace Starlette.Hosting.Kestrel;

/// <summary>
/// The scope's <c>path</c> as uvicorn builds it from the request target: percent-decoded (as Python's
/// <c>urllib.parse.unquote</c>: UTF-8, an invalid byte sequence becomes U+FFFD, a malformed <c>%</c> stays as it
/// is), and nothing else: <c>.</c> and <c>..</c> segments and repeated slashes reach the app as the client sent them.
/// </summary>
internal static class RequestPath
{
    public static string Unquote(string raw)
    {
        var percent = raw.IndexOf('%', StringComparison.Ordinal);
        if (percent < 0) return raw;

        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(raw.Length));
        try
        {
            var length = Encoding.UTF8.GetBytes(raw.AsSpan(0, percent), bytes);
            for (var i = percent; i < raw.Length; i++)
            {
                if (raw[i] == '%' && i + 2 < raw.Length && IsHex(raw[i + 1]) && IsHex(raw[i + 2]))
                {
                    bytes[length++] = (byte)((HexValue(raw[i + 1]) << 4) | HexValue(raw[i + 2]));
                    i += 2;
                }
                else
                {
                    length += Encoding.UTF8.GetBytes(raw.AsSpan(i, 1), bytes.AsSpan(length));
                }
            }

            // Encoding.UTF8 replaces each invalid sequence with U+FFFD, as Python's errors="replace" does.
            return Encoding.UTF8.GetString(bytes, 0, length);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}

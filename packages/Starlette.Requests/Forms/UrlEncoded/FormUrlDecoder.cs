using System.Buffers;
using System.Text;

namespace Starlette.Requests;

/// <summary>
/// Decodes one urlencoded name or value as upstream does (<c>unquote_plus(raw.decode("latin-1"))</c>): <c>+</c>
/// becomes a space, <c>%XX</c> escapes become bytes read as UTF-8 (invalid sequences become U+FFFD), an escape
/// that is not two hex digits stays as it is, and a raw byte above 0x7F stays one Latin-1 character.
/// </summary>
internal static class FormUrlDecoder
{
    private static readonly SearchValues<byte> PercentOrPlus = SearchValues.Create("%+"u8);

    public static string Decode(ReadOnlySpan<byte> raw)
    {
        if (raw.IsEmpty) return "";
        var special = raw.IndexOfAny(PercentOrPlus);
        if (special < 0) return Encoding.Latin1.GetString(raw);
        if (raw[special..].IndexOf((byte)'%') < 0) return DecodePlusOnly(raw);

        var chars = ArrayPool<char>.Shared.Rent(raw.Length);
        var run = ArrayPool<byte>.Shared.Rent(raw.Length);
        try
        {
            var written = 0;
            var runLength = 0;
            for (var i = 0; i < raw.Length; i++)
            {
                var b = raw[i];
                if (b > 0x7F)
                {
                    // Python decodes each ASCII run on its own; other characters pass through.
                    written += FlushRun(run, ref runLength, chars.AsSpan(written));
                    chars[written++] = (char)b;
                }
                else if (b == '+')
                {
                    run[runLength++] = (byte)' ';
                }
                else if (b == '%' && i + 2 < raw.Length && Hex.TryDecode(raw[i + 1], raw[i + 2], out var decoded))
                {
                    run[runLength++] = decoded;
                    i += 2;
                }
                else
                {
                    run[runLength++] = b;
                }
            }

            written += FlushRun(run, ref runLength, chars.AsSpan(written));
            return new string(chars, 0, written);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(run);
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    // UTF-8 never yields more characters than bytes, replacement characters included.
    private static int FlushRun(byte[] run, ref int runLength, Span<char> destination)
    {
        if (runLength == 0) return 0;
        var count = Encoding.UTF8.GetChars(run.AsSpan(0, runLength), destination);
        runLength = 0;
        return count;
    }

    private static string DecodePlusOnly(ReadOnlySpan<byte> raw) =>
        string.Create(raw.Length, raw, static (chars, bytes) =>
        {
            for (var i = 0; i < bytes.Length; i++) chars[i] = bytes[i] == '+' ? ' ' : (char)bytes[i];
        });
}

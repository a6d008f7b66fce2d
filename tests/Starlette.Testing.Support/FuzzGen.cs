using System.Text;
using CsCheck;

namespace Starlette.Testing.Support;

/// <summary>Generators of hostile text and bytes shared by the parsers' randomized tests.</summary>
public static class FuzzGen
{
    /// <summary>Characters that mean something to some parser, plus non-ASCII, a lone surrogate and NUL.</summary>
    public const string Specials = "aZ09:/?#[]@%+&=;,\"'\\ \t\r\n.-_~*()<>{}!$^|`v\u00e9\u2100\u212a\u0130\ud83d\ude00\ud800\0\u00ff";

    /// <summary>A character: mostly from <see cref="Specials"/>, sometimes any UTF-16 code unit.</summary>
    public static readonly Gen<char> Char = Gen.Frequency((6, Gen.Char[Specials]), (2, Gen.Char['!', '~']), (1, Gen.Char));

    /// <summary>Hex digits and <c>%</c>, to hit percent-decoding edge cases.</summary>
    public static readonly Gen<char> PercentChar = Gen.Char["%0123456789abcdefABCDEFgG+"];

    /// <summary>Text of up to <paramref name="maxLength"/> characters of <see cref="Char"/> and <see cref="PercentChar"/>.</summary>
    /// <param name="maxLength">The longest text.</param>
    /// <returns>The generator.</returns>
    public static Gen<string> Text(int maxLength = 40) =>
        Gen.Frequency((3, Char), (1, PercentChar)).Array[0, maxLength].Select(chars => new string(chars));

    /// <summary>Text without lone surrogates (what survives UTF-8), of up to <paramref name="maxLength"/> characters.</summary>
    /// <param name="maxLength">The longest text.</param>
    /// <returns>The generator.</returns>
    public static Gen<string> ValidText(int maxLength = 40) =>
        Text(maxLength).Select(text => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text)));

    /// <summary>Bytes of up to <paramref name="maxLength"/>, biased to ASCII punctuation and CR/LF.</summary>
    /// <param name="maxLength">The longest array.</param>
    /// <returns>The generator.</returns>
    public static Gen<byte[]> Bytes(int maxLength = 64) =>
        Gen.Frequency((3, Gen.Byte), (2, Gen.Byte[(byte)' ', (byte)'~']), (1, Gen.OneOf((byte)'\r', (byte)'\n', (byte)'-', (byte)'"', (byte)';')))
            .Array[0, maxLength];

    /// <summary>
    /// Mutations of <paramref name="valid"/>: bytes flipped, removed, duplicated or inserted, the end cut off, or
    /// left as they are, so inputs stay close enough to the format to reach the parser's deeper states.
    /// </summary>
    /// <param name="valid">Well-formed inputs.</param>
    /// <returns>The generator.</returns>
    public static Gen<byte[]> Mutated(Gen<byte[]> valid) =>
        Gen.Select(valid, Gen.Int[0, 5], Gen.Int[0, 8], Gen.UInt, Bytes(16), (bytes, kind, count, seed, noise) => Mutate(bytes, kind, count, seed, noise));

    private static byte[] Mutate(byte[] bytes, int kind, int count, uint seed, byte[] noise)
    {
        if (bytes.Length == 0 || kind == 0) return bytes;
        var random = new Random((int)seed);
        var list = new List<byte>(bytes);
        for (var i = 0; i < count && list.Count > 0; i++)
        {
            var at = random.Next(list.Count);
            switch (kind)
            {
                case 1: list[at] = (byte)random.Next(256); break;
                case 2: list.RemoveRange(at, Math.Min(random.Next(1, 8), list.Count - at)); break;
                case 3: list.InsertRange(at, list.GetRange(at, Math.Min(random.Next(1, 32), list.Count - at))); break;
                case 4: list.InsertRange(at, noise); break;
                default: list.RemoveRange(at, list.Count - at); break;
            }
        }

        return [.. list];
    }
}

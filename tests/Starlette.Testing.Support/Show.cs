using System.Text;

namespace Starlette.Testing.Support;

/// <summary>Failing inputs as C# literals one can paste into a regression test.</summary>
public static class Show
{
    /// <summary>Text with everything outside printable ASCII as <c>\uXXXX</c>.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The escaped text, in quotes.</returns>
    public static string Text(string? text) =>
        text is null ? "null" : "\"" + string.Concat(text.Select(c => c is >= ' ' and <= '~' and not '"' and not '\\' ? c.ToString() : $"\\u{(int)c:x4}")) + "\"";

    /// <summary>Bytes with everything outside printable ASCII as <c>\xXX</c>.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The escaped bytes.</returns>
    public static string Bytes(ReadOnlySpan<byte> bytes)
    {
        var builder = new StringBuilder(bytes.Length);
        foreach (var b in bytes)
        {
            if (b is >= (byte)' ' and <= (byte)'~' and not (byte)'"' and not (byte)'\\') builder.Append((char)b);
            else builder.Append($"\\x{b:x2}");
        }

        return builder.ToString();
    }
}

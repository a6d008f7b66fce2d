using System.Text;

namespace Starlette.Configuration;

/// <summary>
/// Reads a <c>.env</c> file as upstream's <c>Config._read_file</c> does: each line is trimmed; lines starting with
/// <c>#</c> and lines without <c>=</c> are skipped; otherwise the name is the trimmed text before the first
/// <c>=</c> and the value the trimmed text after it with surrounding quotes removed; a later line wins. Unlike
/// upstream, a line with nothing before <c>=</c> is an error naming the file and line, and so are bytes that are not
/// valid in the encoding.
/// </summary>
internal static class EnvFileReader
{
    private static readonly char[] Quotes = ['"', '\''];

    public static Dictionary<string, string> Read(string path, Encoding encoding)
    {
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        using var reader = new StreamReader(path, strict, detectEncodingFromByteOrderMarks: false);
        var number = 0;
        try
        {
            while (reader.ReadLine() is { } raw)
            {
                number++;
                Add(values, raw.AsSpan().Trim(), path, number);
            }
        }
        catch (DecoderFallbackException error)
        {
            throw new FormatException($"Config file '{path}' is not valid {encoding.WebName} text (near line {number + 1}).", error);
        }

        return values;
    }

    private static void Add(Dictionary<string, string> values, ReadOnlySpan<char> line, string path, int number)
    {
        if (line.StartsWith('#')) return;
        var equals = line.IndexOf('=');
        if (equals < 0) return;
        var name = line[..equals].Trim();
        if (name.IsEmpty)
            throw new FormatException($"Config file '{path}', line {number}: '{line}' has no name before '='.");
        values[name.ToString()] = line[(equals + 1)..].Trim().Trim(Quotes).ToString();
    }
}

using System.Collections.ObjectModel;
using System.Text;

namespace Starlette.Requests;

/// <summary>
/// A header of the form <c>value; name=token; name="quoted string"</c>, such as <c>Content-Type</c> or
/// <c>Content-Disposition</c>, split into its value and parameters (python-multipart's
/// <c>parse_options_header</c>, which upstream uses for both).
/// </summary>
/// <remarks>
/// <para>The value is lowercased. Parameter names are lowercased and looked up case-insensitively; a repeated
/// name keeps its last value. A <c>;</c> inside a quoted string does not split; quoted strings lose their quotes
/// and their <c>\\</c> and <c>\"</c> escapes. Values keep the header's characters as they are: for a header
/// received as bytes that is one character per byte (Latin-1), to be decoded with the right charset by the
/// caller. A <c>filename</c> that is a full Windows path (sent by old browsers) is cut to its last segment.</para>
/// <para>RFC 8187 extended parameters (<c>filename*=UTF-8''%E2%82%AC.txt</c>) are decoded (UTF-8, ISO-8859-1 or
/// US-ASCII) into <see cref="ExtendedParameters"/>, never into <see cref="Parameters"/>; a malformed one is
/// ignored, as are RFC 2231 continuations (<c>name*0</c>). <see cref="Get"/> prefers the extended form.</para>
/// </remarks>
public sealed class OptionsHeader
{
    private static readonly IReadOnlyDictionary<string, string> NoParameters = ReadOnlyDictionary<string, string>.Empty;

    private OptionsHeader(string value, IReadOnlyDictionary<string, string> parameters, IReadOnlyDictionary<string, string> extended)
    {
        Value = value;
        Parameters = parameters;
        ExtendedParameters = extended;
    }

    /// <summary>An absent header: an empty value without parameters.</summary>
    public static OptionsHeader Empty { get; } = new("", NoParameters, NoParameters);

    /// <summary>The value before the first parameter, trimmed and lowercased (e.g. <c>multipart/form-data</c>).</summary>
    public string Value { get; }

    /// <summary>The plain parameters by lowercased name, unquoted.</summary>
    public IReadOnlyDictionary<string, string> Parameters { get; }

    /// <summary>The RFC 8187 extended parameters (<c>name*=charset'language'percent-encoded</c>), decoded, by
    /// lowercased name without the <c>*</c>.</summary>
    public IReadOnlyDictionary<string, string> ExtendedParameters { get; }

    /// <summary>Gets a parameter, preferring its extended form (RFC 8187 §4.2, RFC 6266 §4.3).</summary>
    /// <param name="name">The parameter name, without <c>*</c>, in any case.</param>
    /// <returns>The extended parameter's decoded value, else the plain parameter's, else <see langword="null"/>.</returns>
    public string? Get(string name) =>
        ExtendedParameters.TryGetValue(name, out var value) || Parameters.TryGetValue(name, out value) ? value : null;

    /// <summary>Parses a header.</summary>
    /// <param name="header">The header's value; <see langword="null"/> or empty gives <see cref="Empty"/>.</param>
    /// <returns>The value and its parameters.</returns>
    public static OptionsHeader Parse(string? header)
    {
        if (string.IsNullOrEmpty(header)) return Empty;

        var end = NextSeparator(header, 0);
        var value = Trim(header.AsSpan(0, end)).ToString().ToLowerInvariant();
        Dictionary<string, string>? parameters = null;
        Dictionary<string, string>? extended = null;
        while (end < header.Length)
        {
            var start = end + 1;
            end = NextSeparator(header, start);
            var segment = Trim(header.AsSpan(start, end - start));
            if (segment.IsEmpty) continue;

            var equals = segment.IndexOf('=');
            var name = (equals < 0 ? segment : Trim(segment[..equals])).ToString().ToLowerInvariant();
            var raw = equals < 0 ? [] : Trim(segment[(equals + 1)..]);
            var star = name.IndexOf('*', StringComparison.Ordinal);
            if (star < 0)
            {
                var text = Unquote(raw);
                if (name == "filename") text = WithoutWindowsPath(text);
                (parameters ??= new(StringComparer.OrdinalIgnoreCase))[name] = text;
            }
            else if (star == name.Length - 1 && star > 0 && DecodeExtended(raw) is { } decoded)
            {
                (extended ??= new(StringComparer.OrdinalIgnoreCase))[name[..star]] = decoded;
            }
        }

        return new OptionsHeader(value, parameters ?? NoParameters, extended ?? NoParameters);
    }

    /// <summary>The header as <c>value; name="parameter"</c>, plain parameters only, for diagnostics.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var builder = new StringBuilder(Value);
        foreach (var (name, value) in Parameters)
        {
            builder.Append("; ").Append(name).Append("=\"").Append(value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
        }

        return builder.ToString();
    }

    // The index of the next ';' that is not inside a quoted string, or the length.
    private static int NextSeparator(string header, int start)
    {
        var quoted = false;
        for (var i = start; i < header.Length; i++)
        {
            switch (header[i])
            {
                case '"':
                    quoted = !quoted;
                    break;
                case '\\' when quoted:
                    i++;
                    break;
                case ';' when !quoted:
                    return i;
            }
        }

        return header.Length;
    }

    // Trims ASCII whitespace only: a byte such as 0xA0 may be the tail of a UTF-8 character.
    private static ReadOnlySpan<char> Trim(ReadOnlySpan<char> text) => text.Trim(" \t\r\n\f\v");

    private static string Unquote(ReadOnlySpan<char> raw)
    {
        if (raw.Length < 2 || raw[0] != '"' || raw[^1] != '"') return raw.ToString();
        var inner = raw[1..^1];
        if (!inner.Contains('\\')) return inner.ToString();

        var builder = new StringBuilder(inner.Length);
        for (var i = 0; i < inner.Length; i++)
        {
            var c = inner[i];
            if (c == '\\' && i + 1 < inner.Length && inner[i + 1] is '\\' or '"') c = inner[++i];
            builder.Append(c);
        }

        return builder.ToString();
    }

    // Old Internet Explorer sends the client's full path as the file name: keep the last segment.
    private static string WithoutWindowsPath(string filename) =>
        (filename.Length >= 3 && filename.AsSpan(1, 2).SequenceEqual(":\\")) || filename.StartsWith("\\\\", StringComparison.Ordinal)
            ? filename[(filename.LastIndexOf('\\') + 1)..]
            : filename;

    // RFC 8187: charset "'" [ language ] "'" value-chars, the value percent-encoded. Null when malformed.
    private static string? DecodeExtended(ReadOnlySpan<char> raw)
    {
        if (raw.Length >= 2 && raw[0] == '"' && raw[^1] == '"') raw = raw[1..^1]; // some clients quote it
        var tick = raw.IndexOf('\'');
        if (tick <= 0) return null;
        var charset = raw[..tick];
        var rest = raw[(tick + 1)..];
        var secondTick = rest.IndexOf('\'');
        if (secondTick < 0) return null;
        var encoded = rest[(secondTick + 1)..];

        Encoding encoding;
        if (charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)) encoding = Charsets.StrictUtf8;
        else if (charset.Equals("iso-8859-1", StringComparison.OrdinalIgnoreCase)) encoding = Encoding.Latin1;
        else if (charset.Equals("us-ascii", StringComparison.OrdinalIgnoreCase)) encoding = Charsets.StrictAscii;
        else return null;

        var bytes = encoded.Length <= 256 ? stackalloc byte[encoded.Length] : new byte[encoded.Length];
        var count = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            var c = encoded[i];
            if (c == '%')
            {
                if (i + 2 >= encoded.Length || !Hex.TryDecode(encoded[i + 1], encoded[i + 2], out var b)) return null;
                bytes[count++] = b;
                i += 2;
            }
            else if (c > 0x7F || c <= ' ' || c == '"')
            {
                return null;
            }
            else
            {
                bytes[count++] = (byte)c;
            }
        }

        return Charsets.TryDecodeStrict(bytes[..count], encoding, out var text) ? text : null;
    }
}

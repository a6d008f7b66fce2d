using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Starlette.Routing;

/// <summary>
/// A route path or host pattern compiled once (upstream's <c>compile_path</c>): the anchored regex, the format used
/// to build paths, the convertor of every parameter, and the literal text before the first parameter, checked
/// before the regex runs so that most misses cost one ordinal comparison and no allocation.
/// </summary>
internal sealed partial class CompiledPath
{
    private readonly Regex? _regex;
    private readonly string[] _names;
    private readonly Convertor[] _convertors;
    private readonly Piece[]? _pieces;

    private CompiledPath(string pattern, string format, string literalPrefix, Regex? regex, string[] names, Convertor[] convertors, Piece[]? pieces = null)
    {
        _pieces = pieces;
        Pattern = pattern;
        Format = format;
        LiteralPrefix = literalPrefix;
        _regex = regex;
        _names = names;
        _convertors = convertors;
        var map = new Dictionary<string, Convertor>(names.Length, StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++) map[names[i]] = convertors[i];
        ParamConvertors = map;
    }

    /// <summary>The pattern as written.</summary>
    public string Pattern { get; }

    /// <summary>The format, such as <c>/users/{id}</c>.</summary>
    public string Format { get; }

    /// <summary>The literal text before the first parameter (the whole pattern when there is none).</summary>
    public string LiteralPrefix { get; }

    /// <summary>The parameters' convertors by name.</summary>
    public IReadOnlyDictionary<string, Convertor> ParamConvertors { get; }

    /// <summary>The parameters' names in order.</summary>
    public IReadOnlyList<string> ParamNames => _names;

    /// <summary>Whether the pattern has no parameter (matching is a string comparison).</summary>
    public bool IsStatic => _regex is null;

    [GeneratedRegex("{([a-zA-Z_][a-zA-Z0-9_]*)(:[a-zA-Z_][a-zA-Z0-9_]*)?}", RegexOptions.CultureInvariant)]
    private static partial Regex ParamRegex();

    /// <summary>Compiles a path (starting with <c>/</c>) or a host pattern.</summary>
    /// <param name="pattern">The pattern.</param>
    /// <returns>The compiled pattern.</returns>
    /// <exception cref="ArgumentException">An unknown convertor or a duplicated parameter name.</exception>
    public static CompiledPath Compile(string pattern)
    {
        var isHost = !pattern.StartsWith('/');
        var regex = new StringBuilder("^");
        var format = new StringBuilder();
        var names = new List<string>();
        var convertors = new List<Convertor>();
        var pieces = new List<Piece>();
        SortedSet<string>? duplicated = null;
        string? literalPrefix = null;
        var index = 0;
        foreach (Match match in ParamRegex().Matches(pattern))
        {
            var name = match.Groups[1].Value;
            var type = match.Groups[2].Success ? match.Groups[2].Value[1..] : "str";
            if (!Convertors.TryGet(type, out var convertor)) throw new ArgumentException($"Unknown path convertor '{type}'");

            var literal = pattern[index..match.Index];
            literalPrefix ??= literal;
            if (literal.Length > 0) pieces.Add(new Piece(literal, -1, null));
            pieces.Add(new Piece(null, names.Contains(name) ? names.IndexOf(name) : names.Count, convertor));
            regex.Append(System.Text.RegularExpressions.Regex.Escape(literal)).Append("(?<").Append(name).Append('>').Append(convertor.Regex).Append(')');
            format.Append(literal).Append('{').Append(name).Append('}');
            var existing = names.IndexOf(name);
            if (existing >= 0)
            {
                (duplicated ??= new SortedSet<string>(StringComparer.Ordinal)).Add(name);
                convertors[existing] = convertor;
            }
            else
            {
                names.Add(name);
                convertors.Add(convertor);
            }

            index = match.Index + match.Length;
        }

        if (duplicated is not null)
        {
            var ending = duplicated.Count > 1 ? "s" : "";
            throw new ArgumentException($"Duplicated param name{ending} {string.Join(", ", duplicated)} at path {pattern}");
        }

        var tail = pattern[index..];
        regex.Append(System.Text.RegularExpressions.Regex.Escape(isHost ? tail.Split(':')[0] : tail)).Append('$');
        format.Append(tail);
        if (names.Count == 0 && !isHost)
        {
            return new CompiledPath(pattern, format.ToString(), pattern, null, [], []);
        }

        if (tail.Length > 0) pieces.Add(new Piece(tail, -1, null));
        var compiled = new Regex(regex.ToString(), RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
        return new CompiledPath(pattern, format.ToString(), literalPrefix ?? "", compiled, [.. names], [.. convertors], isHost ? null : FastPieces(pieces));
    }

    /// <summary>Whether <paramref name="input"/> matches, without converting or allocating.</summary>
    /// <param name="input">The route path or host.</param>
    /// <returns>Whether it matches.</returns>
    public bool IsMatch(ReadOnlySpan<char> input)
    {
        if (_regex is null) return input.SequenceEqual(Format);
        return input.StartsWith(LiteralPrefix, StringComparison.Ordinal) && _regex.IsMatch(input);
    }

    /// <summary>Matches <paramref name="input"/> and converts the parameters into <paramref name="values"/>.</summary>
    /// <param name="input">The route path or host.</param>
    /// <param name="values">Receives the converted parameters, in <see cref="ParamNames"/> order; empty when static.</param>
    /// <returns>Whether it matches.</returns>
    public bool TryMatch(string input, out object[] values)
    {
        if (_regex is null)
        {
            values = [];
            return string.Equals(input, Format, StringComparison.Ordinal);
        }

        values = [];
        if (!input.StartsWith(LiteralPrefix, StringComparison.Ordinal)) return false;
        if (_pieces is not null && !input.EndsWith('\n'))
        {
            return TryMatchPieces(input, out values);
        }

        var match = _regex.Match(input);
        if (!match.Success) return false;
        values = new object[_names.Length];
        for (var i = 0; i < _names.Length; i++) values[i] = _convertors[i].Convert(match.Groups[_names[i]].Value);
        return true;
    }

    /// <summary>
    /// Fills the format with the parameters it names (upstream's <c>replace_params</c>), removing them from
    /// <paramref name="pathParams"/>.
    /// </summary>
    /// <param name="pathParams">The parameters; those used are removed.</param>
    /// <returns>The path or host.</returns>
    public string Replace(Dictionary<string, object?> pathParams)
    {
        var path = Format;
        foreach (var name in _names)
        {
            if (!pathParams.TryGetValue(name, out var value)) continue;
            var placeholder = "{" + name + "}";
            if (!path.Contains(placeholder, StringComparison.Ordinal)) continue;
            path = path.Replace(placeholder, ParamConvertors[name].ToString(value), StringComparison.Ordinal);
            pathParams.Remove(name);
        }

        return path;
    }

    /// <summary>
    /// The pieces of a pattern the segment walker can match exactly as the regex would, or <see langword="null"/>:
    /// every parameter is a built-in <c>str</c> or <c>int</c> followed by the end or by a literal starting with
    /// <c>/</c> (so the regex could not backtrack into it), or a <c>path</c> at the very end.
    /// </summary>
    private static Piece[]? FastPieces(List<Piece> pieces)
    {
        if (pieces.Count > 16) return null;
        for (var i = 0; i < pieces.Count; i++)
        {
            var convertor = pieces[i].Convertor;
            if (convertor is null) continue;
            var last = i == pieces.Count - 1;
            if (convertor is PathConvertor)
            {
                if (!last) return null;
                continue;
            }

            if (convertor is not (StringConvertor or IntegerConvertor)) return null;
            if (!last && pieces[i + 1].Literal is not { } next) return null;
            if (!last && !pieces[i + 1].Literal!.StartsWith('/')) return null;
        }

        return [.. pieces];
    }

    private bool TryMatchPieces(string input, out object[] values)
    {
        values = [];
        Span<int> starts = stackalloc int[16];
        Span<int> lengths = stackalloc int[16];
        var position = 0;
        var pieces = _pieces!;
        for (var i = 0; i < pieces.Length; i++)
        {
            var piece = pieces[i];
            if (piece.Literal is { } literal)
            {
                if (!input.AsSpan(position).StartsWith(literal, StringComparison.Ordinal)) return false;
                position += literal.Length;
                continue;
            }

            var rest = input.AsSpan(position);
            int length;
            switch (piece.Convertor)
            {
                case StringConvertor:
                    length = rest.IndexOf('/');
                    if (length < 0) length = rest.Length;
                    break;
                case IntegerConvertor:
                    length = rest.IndexOfAnyExceptInRange('0', '9');
                    if (length < 0) length = rest.Length;
                    break;
                default: // path: ".*" never crosses a newline (a final one is left to the regex by TryMatch).
                    if (rest.Contains('\n')) return false;
                    length = rest.Length;
                    break;
            }

            if (length == 0 && piece.Convertor is not PathConvertor) return false;
            starts[piece.Index] = position;
            lengths[piece.Index] = length;
            position += length;
        }

        if (position != input.Length) return false;
        values = new object[_names.Length];
        for (var i = 0; i < values.Length; i++)
        {
            var text = input.AsSpan(starts[i], lengths[i]);
            values[i] = _convertors[i] is IntegerConvertor && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
                ? number
                : _convertors[i].Convert(text.ToString());
        }

        return true;
    }

    private readonly record struct Piece(string? Literal, int Index, Convertor? Convertor);
}

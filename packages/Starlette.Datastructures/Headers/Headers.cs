using System.Collections;
using System.Text;
using Starlette.Types;

namespace Starlette.Datastructures;

/// <summary>
/// An immutable, case-insensitive multi-dictionary of headers: a view over a contract header list (a scope's or a
/// message's) that copies nothing. Enumeration yields every pair in order, duplicates included, as upstream's
/// <c>Headers</c> does; the indexer and <see cref="Get"/> return the first value.
/// </summary>
public class Headers : IReadOnlyCollection<KeyValuePair<string, string>>, IEquatable<Headers>
{
    private protected IReadOnlyList<HttpHeader> _list;

    /// <summary>Creates empty headers.</summary>
    public Headers()
        : this(Array.Empty<HttpHeader>())
    {
    }

    /// <summary>Creates headers from name/value pairs; names are lowercased.</summary>
    /// <param name="headers">The pairs, such as a dictionary.</param>
    public Headers(IEnumerable<KeyValuePair<string, string>> headers)
        : this(Lowercased(headers))
    {
    }

    /// <summary>Wraps a contract header list without copying it (upstream's <c>Headers(raw=...)</c>).</summary>
    /// <param name="raw">The headers, names lowercased.</param>
    public Headers(IReadOnlyList<HttpHeader> raw) => _list = raw ?? throw new ArgumentNullException(nameof(raw));

    /// <summary>Wraps a scope's request headers without copying them (upstream's <c>Headers(scope=...)</c>).</summary>
    /// <param name="scope">The scope.</param>
    public Headers(Scope scope)
        : this((scope ?? throw new ArgumentNullException(nameof(scope))).Headers)
    {
    }

    /// <summary>The headers as pairs, in order (upstream's <c>raw</c>).</summary>
    public virtual IReadOnlyList<HttpHeader> Raw => _list;

    /// <summary>The number of pairs, duplicates included.</summary>
    public int Count => _list.Count;

    /// <summary>The names of every pair, in order, duplicates included.</summary>
    public IReadOnlyList<string> Keys => _list.Select(h => h.Name).ToArray();

    /// <summary>The values of every pair, in order.</summary>
    public IReadOnlyList<string> Values => _list.Select(h => h.Value).ToArray();

    /// <summary>Gets the first value of a header.</summary>
    /// <param name="name">The header name, in any case.</param>
    /// <exception cref="KeyNotFoundException">The header is absent.</exception>
    public string this[string name] => Get(name) ?? throw new KeyNotFoundException($"The header '{name}' is not present.");

    /// <summary>Gets the first value of a header, or <paramref name="defaultValue"/> when it is absent.</summary>
    /// <param name="name">The header name, in any case.</param>
    /// <param name="defaultValue">What to return when the header is absent.</param>
    /// <returns>The value, or <paramref name="defaultValue"/>.</returns>
    public string? Get(string name, string? defaultValue = null)
    {
        var list = _list;
        for (var i = 0; i < list.Count; i++)
        {
            var header = list[i];
            if (string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase)) return header.Value;
        }

        return defaultValue;
    }

    /// <summary>Gets the first value of a header.</summary>
    /// <param name="name">The header name, in any case.</param>
    /// <param name="value">The value, when present.</param>
    /// <returns>Whether the header is present.</returns>
    public bool TryGetValue(string name, out string value)
    {
        value = Get(name)!;
        return value is not null;
    }

    /// <summary>Whether a header is present.</summary>
    /// <param name="name">The header name, in any case.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool ContainsKey(string name) => Get(name) is not null;

    /// <summary>Every value of a header, in order (upstream's <c>getlist</c>).</summary>
    /// <param name="name">The header name, in any case.</param>
    /// <returns>The values; empty when the header is absent.</returns>
    public IReadOnlyList<string> GetList(string name)
    {
        List<string>? values = null;
        foreach (var header in _list)
        {
            if (string.Equals(header.Name, name, StringComparison.OrdinalIgnoreCase)) (values ??= []).Add(header.Value);
        }

        return values ?? (IReadOnlyList<string>)[];
    }

    /// <summary>A mutable copy (upstream's <c>mutablecopy</c>).</summary>
    /// <returns>The copy.</returns>
    public MutableHeaders MutableCopy() => new(new List<HttpHeader>(_list));

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        foreach (var header in _list) yield return new KeyValuePair<string, string>(header.Name, header.Value);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Whether both hold the same pairs, in any order.</summary>
    /// <param name="other">The other headers.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(Headers? other) =>
        other is not null && Count == other.Count && Sorted(_list).SequenceEqual(Sorted(other._list));

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is Headers other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => Count;

    /// <summary>Describes the headers as upstream's <c>repr</c> does: as a dictionary, or as raw pairs when names repeat.</summary>
    /// <returns>The description.</returns>
    public override string ToString()
    {
        var name = GetType().Name;
        var unique = _list.Select(h => h.Name).Distinct(StringComparer.Ordinal).Count() == _list.Count;
        var builder = new StringBuilder(name).Append(unique ? "({" : "(raw=[");
        for (var i = 0; i < _list.Count; i++)
        {
            if (i > 0) builder.Append(", ");
            var (key, value) = _list[i];
            builder.Append(unique ? $"'{key}': '{value}'" : $"('{key}', '{value}')");
        }

        return builder.Append(unique ? "})" : "])").ToString();
    }

    private protected static List<HttpHeader> Lowercased(IEnumerable<KeyValuePair<string, string>> headers) =>
        (headers ?? throw new ArgumentNullException(nameof(headers))).Select(h => new HttpHeader(h.Key.ToLowerInvariant(), h.Value)).ToList();

    private static IEnumerable<HttpHeader> Sorted(IReadOnlyList<HttpHeader> list) =>
        list.OrderBy(h => h.Name, StringComparer.Ordinal).ThenBy(h => h.Value, StringComparer.Ordinal);
}

using Starlette.Types;

namespace Starlette.Datastructures;

/// <summary>
/// Headers that can be changed: a view over a <see cref="List{T}"/> of contract headers, such as the list of an
/// <see cref="HttpResponseStartMessage"/>, changed in place. Setting a header replaces its first occurrence and
/// drops the others; <see cref="Append"/> keeps duplicates.
/// </summary>
public sealed class MutableHeaders : Headers
{
    private readonly List<HttpHeader> _items;

    /// <summary>Creates empty headers.</summary>
    public MutableHeaders()
        : this(new List<HttpHeader>())
    {
    }

    /// <summary>Creates headers from name/value pairs; names are lowercased.</summary>
    /// <param name="headers">The pairs, such as a dictionary.</param>
    public MutableHeaders(IEnumerable<KeyValuePair<string, string>> headers)
        : this(Lowercased(headers))
    {
    }

    /// <summary>Wraps a header list; changes are made to it in place.</summary>
    /// <param name="raw">The list, names lowercased.</param>
    public MutableHeaders(List<HttpHeader> raw)
        : base(raw)
    {
        _items = raw;
    }

    /// <summary>
    /// Wraps a scope's request headers for changing (upstream's <c>MutableHeaders(scope=...)</c>): the scope's
    /// headers become a list of their own, which this changes in place.
    /// </summary>
    /// <param name="scope">The scope.</param>
    public MutableHeaders(Scope scope)
        : this(ToList(scope))
    {
    }

    /// <summary>The underlying list itself: changes to it are changes to these headers.</summary>
    public override IReadOnlyList<HttpHeader> Raw => _items;

    /// <summary>Gets the first value of a header, or sets it: the first occurrence is replaced, later ones removed.</summary>
    /// <param name="name">The header name, in any case.</param>
    public new string this[string name]
    {
        get => base[name];
        set => Set(name, value);
    }

    /// <summary>Sets a header: the first occurrence is replaced (keeping its position), later ones are removed.</summary>
    /// <param name="name">The header name, in any case.</param>
    /// <param name="value">The value.</param>
    public void Set(string name, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var header = new HttpHeader(name.ToLowerInvariant(), value);
        var first = -1;
        for (var i = _items.Count - 1; i >= 0; i--)
        {
            if (!string.Equals(_items[i].Name, header.Name, StringComparison.Ordinal)) continue;
            if (first >= 0) _items.RemoveAt(first);
            first = i;
        }

        if (first >= 0) _items[first] = header;
        else _items.Add(header);
    }

    /// <summary>Removes every occurrence of a header (upstream's <c>del headers[name]</c>).</summary>
    /// <param name="name">The header name, in any case.</param>
    /// <returns>Whether any was removed.</returns>
    public bool Remove(string name) => _items.RemoveAll(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)) > 0;

    /// <summary>Sets a header only if it is absent.</summary>
    /// <param name="name">The header name, in any case.</param>
    /// <param name="value">The value to set when absent.</param>
    /// <returns>The header's value after the call.</returns>
    public string SetDefault(string name, string value)
    {
        if (Get(name) is { } existing) return existing;
        _items.Add(new HttpHeader(name.ToLowerInvariant(), value));
        return value;
    }

    /// <summary>Sets every header of <paramref name="other"/>, as <see cref="Set"/> does.</summary>
    /// <param name="other">The headers to set.</param>
    public void Update(IEnumerable<KeyValuePair<string, string>> other)
    {
        ArgumentNullException.ThrowIfNull(other);
        foreach (var (name, value) in other is Headers headers ? headers.Raw.Select(h => KeyValuePair.Create(h.Name, h.Value)).ToArray() : other)
            Set(name, value);
    }

    /// <summary>Adds a header, keeping existing ones with the same name.</summary>
    /// <param name="name">The header name, in any case.</param>
    /// <param name="value">The value.</param>
    public void Append(string name, string value) => _items.Add(new HttpHeader(name.ToLowerInvariant(), value));

    /// <summary>Adds a value to the <c>vary</c> header, joining it to the existing value with <c>", "</c>.</summary>
    /// <param name="vary">The header name(s) the response varies on.</param>
    public void AddVaryHeader(string vary)
    {
        if (Get("vary") is { } existing) vary = $"{existing}, {vary}";
        Set("vary", vary);
    }

    /// <summary>A copy of <paramref name="left"/> with the headers of <paramref name="right"/> set on it (upstream's <c>|</c>).</summary>
    /// <param name="left">The headers to copy.</param>
    /// <param name="right">The headers to set on the copy.</param>
    /// <returns>The merged copy.</returns>
    public static MutableHeaders operator |(MutableHeaders left, Headers right) => Merge(left, right);

    /// <summary>A copy of <paramref name="left"/> with the pairs of <paramref name="right"/> set on it (upstream's <c>|</c> with a dict).</summary>
    /// <param name="left">The headers to copy.</param>
    /// <param name="right">The pairs to set on the copy.</param>
    /// <returns>The merged copy.</returns>
    public static MutableHeaders operator |(MutableHeaders left, Dictionary<string, string> right) => Merge(left, right);

    /// <summary>The same as <c>left | right</c>.</summary>
    /// <param name="left">The headers to copy.</param>
    /// <param name="right">The pairs to set on the copy.</param>
    /// <returns>The merged copy.</returns>
    public static MutableHeaders BitwiseOr(MutableHeaders left, IEnumerable<KeyValuePair<string, string>> right) => Merge(left, right);

    private static MutableHeaders Merge(MutableHeaders left, IEnumerable<KeyValuePair<string, string>> right)
    {
        ArgumentNullException.ThrowIfNull(left);
        var merged = left.MutableCopy();
        merged.Update(right);
        return merged;
    }

    private static List<HttpHeader> ToList(Scope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Headers is not List<HttpHeader> list)
        {
            list = new List<HttpHeader>(scope.Headers);
            scope.Headers = list;
        }

        return list;
    }
}

using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Starlette.Middleware.Sessions.Internal;

namespace Starlette.Middleware.Sessions;

/// <summary>
/// The session of one request (upstream's <c>Session</c>, a <c>dict</c>): a dictionary of JSON values, kept in
/// insertion order, that records whether it was read (<see cref="IsAccessed"/>) and changed
/// (<see cref="IsModified"/>).
/// </summary>
/// <remarks>
/// <para>
/// Values are JSON values. You may store <see langword="null"/>, <see cref="string"/>, <see cref="bool"/>, any integer
/// type or <see cref="System.Numerics.BigInteger"/>, <see cref="double"/> (<see cref="float"/> and
/// <see cref="decimal"/> are written as doubles), a <see cref="System.Text.Json.Nodes.JsonNode"/> or
/// <see cref="System.Text.Json.JsonElement"/>, a dictionary with string keys, or a list of such values. A loaded
/// session holds <see cref="string"/>, <see cref="bool"/>, <see langword="null"/>, <see cref="long"/> (integers
/// beyond its range as <see cref="System.Numerics.BigInteger"/>), <see cref="double"/> (numbers with a fraction or
/// an exponent, as Python's <c>float</c>), and <see cref="System.Text.Json.Nodes.JsonObject"/> /
/// <see cref="System.Text.Json.Nodes.JsonArray"/> for nested objects and lists.
/// </para>
/// <para>
/// Tracking: every read (indexer, <see cref="TryGetValue"/>, <see cref="ContainsKey"/>, <see cref="Count"/>,
/// <see cref="Keys"/>, <see cref="Values"/>, enumeration) marks the session accessed; setting, adding,
/// <see cref="Clear"/> and <see cref="Update"/> mark it modified (and accessed); <see cref="Remove(string)"/> and
/// <see cref="GetOrAdd"/> mark it modified only when they change it (upstream's <c>pop</c> and <c>setdefault</c>).
/// Changes inside nested objects or lists are not seen: assign the value again, or call <see cref="MarkModified"/>.
/// </para>
/// </remarks>
public sealed class Session : IDictionary<string, object?>, IReadOnlyDictionary<string, object?>
{
    private static readonly OrderedDictionary<string, object?> Empty = new(StringComparer.Ordinal);

    private OrderedDictionary<string, object?>? _items;

    /// <summary>Creates an empty session.</summary>
    public Session()
    {
    }

    /// <summary>Creates a session holding <paramref name="items"/>, neither accessed nor modified.</summary>
    /// <param name="items">The initial entries; a later entry with the same key wins.</param>
    /// <exception cref="ArgumentException">A value is not a JSON value.</exception>
    public Session(IEnumerable<KeyValuePair<string, object?>> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var (key, value) in items) Writable[key] = SessionValues.Ensure(value);
    }

    internal Session(OrderedDictionary<string, object?> items) => _items = items;

    /// <summary>Whether the session was read or written during the request (upstream's <c>accessed</c>): adds <c>Vary: Cookie</c>.</summary>
    public bool IsAccessed { get; private set; }

    /// <summary>Whether the session was changed during the request (upstream's <c>modified</c>): the cookie is set again.</summary>
    public bool IsModified { get; private set; }

    /// <summary>The number of entries (marks the session accessed).</summary>
    public int Count
    {
        get
        {
            IsAccessed = true;
            return _items?.Count ?? 0;
        }
    }

    /// <summary>The keys, in insertion order.</summary>
    public ICollection<string> Keys
    {
        get
        {
            IsAccessed = true;
            return (_items ?? Empty).Keys;
        }
    }

    /// <summary>The values, in insertion order.</summary>
    public ICollection<object?> Values
    {
        get
        {
            IsAccessed = true;
            return (_items ?? Empty).Values;
        }
    }

    IEnumerable<string> IReadOnlyDictionary<string, object?>.Keys => Keys;

    IEnumerable<object?> IReadOnlyDictionary<string, object?>.Values => Values;

    bool ICollection<KeyValuePair<string, object?>>.IsReadOnly => false;

    /// <summary>The entries without marking the session accessed, for the middleware.</summary>
    internal OrderedDictionary<string, object?> Entries => _items ?? Empty;

    private OrderedDictionary<string, object?> Writable => _items ??= new OrderedDictionary<string, object?>(StringComparer.Ordinal);

    /// <summary>Gets a value (marks the session accessed) or sets one (marks it modified).</summary>
    /// <param name="key">The key.</param>
    /// <exception cref="KeyNotFoundException">Getting a key that is absent.</exception>
    /// <exception cref="ArgumentException">Setting a value that is not a JSON value.</exception>
    public object? this[string key]
    {
        get
        {
            IsAccessed = true;
            return (_items ?? Empty)[key];
        }

        set
        {
            ArgumentNullException.ThrowIfNull(key);
            SessionValues.Ensure(value);
            MarkModified();
            Writable[key] = value;
        }
    }

    /// <summary>Marks the session accessed (upstream's <c>mark_accessed</c>).</summary>
    public void MarkAccessed() => IsAccessed = true;

    /// <summary>Marks the session modified and accessed (upstream's <c>mark_modified</c>), e.g. after changing a nested value.</summary>
    public void MarkModified()
    {
        IsAccessed = true;
        IsModified = true;
    }

    /// <summary>Adds an entry (marks the session modified).</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">A JSON value.</param>
    /// <exception cref="ArgumentException">The key is present already, or the value is not a JSON value.</exception>
    public void Add(string key, object? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        SessionValues.Ensure(value);
        IsAccessed = true;
        Writable.Add(key, value);
        IsModified = true;
    }

    /// <summary>Whether the key is present (marks the session accessed).</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool ContainsKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        IsAccessed = true;
        return _items?.ContainsKey(key) ?? false;
    }

    /// <summary>Gets a value (marks the session accessed).</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value, when present.</param>
    /// <returns>Whether the key is present.</returns>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        IsAccessed = true;
        value = null;
        return _items?.TryGetValue(key, out value) ?? false;
    }

    /// <summary>Removes an entry (upstream's <c>pop</c>): marks the session modified only if the key was present.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Whether the key was present.</returns>
    public bool Remove(string key) => Remove(key, out _);

    /// <summary>Removes an entry and returns its value (upstream's <c>pop</c>): marks the session modified only if the key was present.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The removed value, when the key was present.</param>
    /// <returns>Whether the key was present.</returns>
    public bool Remove(string key, [MaybeNullWhen(false)] out object? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        IsAccessed = true;
        value = null;
        if (_items is null || !_items.Remove(key, out value)) return false;
        IsModified = true;
        return true;
    }

    /// <summary>Removes every entry; always marks the session modified (upstream's <c>clear</c>).</summary>
    public void Clear()
    {
        MarkModified();
        _items?.Clear();
    }

    /// <summary>
    /// Returns the value of <paramref name="key"/>, adding <paramref name="value"/> first when the key is absent
    /// (upstream's <c>setdefault</c>): marks the session modified only when it adds.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The JSON value to add when the key is absent.</param>
    /// <returns>The value now stored under the key.</returns>
    /// <exception cref="ArgumentException">The value is not a JSON value.</exception>
    public object? GetOrAdd(string key, object? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        IsAccessed = true;
        if (_items is not null && _items.TryGetValue(key, out var existing)) return existing;
        Add(key, value);
        return value;
    }

    /// <summary>Sets every entry of <paramref name="items"/>; always marks the session modified (upstream's <c>update</c>).</summary>
    /// <param name="items">The entries to set, in order.</param>
    /// <exception cref="ArgumentException">A value is not a JSON value.</exception>
    public void Update(IEnumerable<KeyValuePair<string, object?>> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        MarkModified();
        foreach (var (key, value) in items)
        {
            ArgumentNullException.ThrowIfNull(key, nameof(items));
            Writable[key] = SessionValues.Ensure(value);
        }
    }

    /// <summary>Enumerates the entries in insertion order (marks the session accessed).</summary>
    /// <returns>The enumerator.</returns>
    public OrderedDictionary<string, object?>.Enumerator GetEnumerator()
    {
        IsAccessed = true;
        return (_items ?? Empty).GetEnumerator();
    }

    IEnumerator<KeyValuePair<string, object?>> IEnumerable<KeyValuePair<string, object?>>.GetEnumerator() => GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    void ICollection<KeyValuePair<string, object?>>.Add(KeyValuePair<string, object?> item) => Add(item.Key, item.Value);

    bool ICollection<KeyValuePair<string, object?>>.Contains(KeyValuePair<string, object?> item)
    {
        IsAccessed = true;
        return ((ICollection<KeyValuePair<string, object?>>)(_items ?? Empty)).Contains(item);
    }

    void ICollection<KeyValuePair<string, object?>>.CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex)
    {
        IsAccessed = true;
        ((ICollection<KeyValuePair<string, object?>>)(_items ?? Empty)).CopyTo(array, arrayIndex);
    }

    bool ICollection<KeyValuePair<string, object?>>.Remove(KeyValuePair<string, object?> item)
    {
        IsAccessed = true;
        if (_items is null || !((ICollection<KeyValuePair<string, object?>>)_items).Remove(item)) return false;
        IsModified = true;
        return true;
    }
}

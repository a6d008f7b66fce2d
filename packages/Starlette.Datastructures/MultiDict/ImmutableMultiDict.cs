using System.Collections;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Starlette.Datastructures;

/// <summary>
/// An immutable dictionary that keeps every value given for a key, as upstream's <c>ImmutableMultiDict</c>: the
/// indexer returns the last value for a key, <see cref="GetList"/> all of them in order, <see cref="MultiItems"/>
/// every pair in order. As a dictionary it has one entry per key, keys in the order they first appeared.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
/// <remarks>Two multi-dictionaries of the same type are equal when they hold the same pairs, in any order.</remarks>
public class ImmutableMultiDict<TKey, TValue> : IReadOnlyDictionary<TKey, TValue>, IEquatable<ImmutableMultiDict<TKey, TValue>>
    where TKey : notnull
{
    // Up to this many pairs, lookups scan the pairs instead of building the dictionary.
    private const int ScanLimit = 8;

    private protected static readonly EqualityComparer<TKey> KeyComparer = EqualityComparer<TKey>.Default;

    private protected List<KeyValuePair<TKey, TValue>> _list;
    private protected OrderedDictionary<TKey, TValue>? _dict;

    /// <summary>Creates an empty multi-dictionary.</summary>
    public ImmutableMultiDict()
    {
        _list = [];
    }

    /// <summary>
    /// Creates a multi-dictionary from pairs, such as a list of pairs (duplicates kept), a dictionary, or another
    /// multi-dictionary (all of whose pairs are taken, not just the last value per key).
    /// </summary>
    /// <param name="items">The pairs.</param>
    public ImmutableMultiDict(IEnumerable<KeyValuePair<TKey, TValue>> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        _list = items is ImmutableMultiDict<TKey, TValue> other ? new List<KeyValuePair<TKey, TValue>>(other._list) : new List<KeyValuePair<TKey, TValue>>(items);
        foreach (var pair in _list)
        {
            if (pair.Key is null) throw new ArgumentException("A key is null.", nameof(items));
        }
    }

    /// <summary>Takes ownership of a list of pairs whose keys are known not to be null.</summary>
    private protected ImmutableMultiDict(List<KeyValuePair<TKey, TValue>> items, bool owned)
    {
        Debug.Assert(owned);
        _list = items;
    }

    /// <summary>The number of distinct keys.</summary>
    public int Count => Dict.Count;

    /// <summary>The distinct keys, in the order they first appeared.</summary>
    public IReadOnlyList<TKey> Keys => Dict.Keys;

    /// <summary>The last value of each key, in key order.</summary>
    public IReadOnlyList<TValue> Values => Dict.Values;

    IEnumerable<TKey> IReadOnlyDictionary<TKey, TValue>.Keys => Dict.Keys;

    IEnumerable<TValue> IReadOnlyDictionary<TKey, TValue>.Values => Dict.Values;

    /// <summary>Every pair, in order; internal code reads it without copying.</summary>
    internal IReadOnlyList<KeyValuePair<TKey, TValue>> Pairs => _list;

    /// <summary>The dictionary of last values, built on first use.</summary>
    private protected OrderedDictionary<TKey, TValue> Dict
    {
        get
        {
            if (_dict is null)
            {
                var dict = new OrderedDictionary<TKey, TValue>(_list.Count);
                foreach (var (key, value) in _list) dict[key] = value;
                _dict = dict;
            }

            return _dict;
        }
    }

    /// <summary>Gets the last value given for a key.</summary>
    /// <param name="key">The key.</param>
    /// <exception cref="KeyNotFoundException">The key is absent.</exception>
    public TValue this[TKey key] =>
        TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The key '{key}' was not found.");

    /// <summary>Gets the last value given for a key, or <c>default</c> when it is absent (upstream's <c>get</c>).</summary>
    /// <param name="key">The key.</param>
    /// <returns>The value, or <c>default</c>.</returns>
    public TValue? Get(TKey key) => TryGetValue(key, out var value) ? value : default;

    /// <summary>Gets the last value given for a key, or <paramref name="defaultValue"/> when it is absent.</summary>
    /// <param name="key">The key.</param>
    /// <param name="defaultValue">What to return when the key is absent.</param>
    /// <returns>The value, or <paramref name="defaultValue"/>.</returns>
    public TValue Get(TKey key, TValue defaultValue) => TryGetValue(key, out var value) ? value : defaultValue;

    /// <summary>Gets the last value given for a key.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value, when present.</param>
    /// <returns>Whether the key is present.</returns>
    public bool TryGetValue(TKey key, [MaybeNullWhen(false)] out TValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_dict is null && _list.Count <= ScanLimit)
        {
            for (var i = _list.Count - 1; i >= 0; i--)
            {
                if (KeyComparer.Equals(_list[i].Key, key))
                {
                    value = _list[i].Value;
                    return true;
                }
            }

            value = default;
            return false;
        }

        return Dict.TryGetValue(key, out value);
    }

    /// <summary>Whether a key is present.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool ContainsKey(TKey key) => TryGetValue(key, out _);

    /// <summary>Every value given for a key, in order (upstream's <c>getlist</c>).</summary>
    /// <param name="key">The key.</param>
    /// <returns>The values; empty when the key is absent.</returns>
    public IReadOnlyList<TValue> GetList(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        List<TValue>? values = null;
        foreach (var pair in _list)
        {
            if (KeyComparer.Equals(pair.Key, key)) (values ??= []).Add(pair.Value);
        }

        return values ?? (IReadOnlyList<TValue>)[];
    }

    /// <summary>A copy of every pair, in order, duplicates included (upstream's <c>multi_items</c>).</summary>
    /// <returns>The pairs.</returns>
    public IReadOnlyList<KeyValuePair<TKey, TValue>> MultiItems() => _list.ToArray();

    /// <summary>Enumerates each distinct key with its last value, in key order (upstream's <c>items()</c>).</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<KeyValuePair<TKey, TValue>> GetEnumerator() => Dict.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Whether both are of the same type and hold the same pairs, in any order.</summary>
    /// <param name="other">The other multi-dictionary.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(ImmutableMultiDict<TKey, TValue>? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || other.GetType() != GetType() || other._list.Count != _list.Count) return false;

        var counts = new Dictionary<KeyValuePair<TKey, TValue>, int>(_list.Count, PairComparer.Instance);
        foreach (var pair in _list) counts[pair] = counts.GetValueOrDefault(pair) + 1;
        foreach (var pair in other._list)
        {
            if (!counts.TryGetValue(pair, out var count) || count == 0) return false;
            counts[pair] = count - 1;
        }

        return true;
    }

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is ImmutableMultiDict<TKey, TValue> other && Equals(other);

    /// <summary>A hash of the pairs that does not depend on their order.</summary>
    /// <returns>The hash.</returns>
    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var pair in _list) hash = unchecked(hash + PairComparer.Instance.GetHashCode(pair));
        return hash;
    }

    /// <summary>Describes the pairs as upstream's <c>repr</c> does, e.g. <c>MultiDict([('a', '123'), ('a', '456')])</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => ToDisplayString();

    /// <summary>Describes the pairs as upstream's <c>repr</c> does, e.g. <c>MultiDict([('a', '123'), ('a', '456')])</c>.</summary>
    /// <returns>The description.</returns>
    public virtual string ToDisplayString()
    {
        var name = GetType().Name;
        var tick = name.IndexOf('`', StringComparison.Ordinal);
        var builder = new StringBuilder(tick < 0 ? name : name[..tick]).Append("([");
        for (var i = 0; i < _list.Count; i++)
        {
            if (i > 0) builder.Append(", ");
            builder.Append('(').Append(PythonRepr.Format(_list[i].Key)).Append(", ").Append(PythonRepr.Format(_list[i].Value)).Append(')');
        }

        return builder.Append("])").ToString();
    }

    private sealed class PairComparer : IEqualityComparer<KeyValuePair<TKey, TValue>>
    {
        public static readonly PairComparer Instance = new();

        public bool Equals(KeyValuePair<TKey, TValue> x, KeyValuePair<TKey, TValue> y) =>
            KeyComparer.Equals(x.Key, y.Key) && EqualityComparer<TValue>.Default.Equals(x.Value, y.Value);

        public int GetHashCode(KeyValuePair<TKey, TValue> obj) =>
            HashCode.Combine(KeyComparer.GetHashCode(obj.Key), obj.Value is null ? 0 : EqualityComparer<TValue>.Default.GetHashCode(obj.Value));
    }
}

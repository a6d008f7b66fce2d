using System.Collections;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Starlette.Types;

/// <summary>
/// The keys middleware and frameworks add to a <see cref="Scope"/> (<see cref="Scope.Items"/>): a small dictionary
/// with ordinal keys, kept in insertion order. An application stack adds a handful of keys per request, so the
/// entries are searched in order, which is cheaper to create and to search than a hash table; the first five live
/// inside the object itself (an application, its exception handlers, its router, the endpoint and one more, such as
/// the session: no array to allocate per request), the rest in an overflow array.
/// </summary>
public sealed class ScopeItems : IDictionary<string, object?>, IReadOnlyDictionary<string, object?>
{
    private const int InlineCount = 5;
    private InlineEntries _inline;
    private KeyValuePair<string, object?>[]? _overflow;
    private int _count;

    /// <summary>Creates an empty bag.</summary>
    public ScopeItems()
    {
    }

    /// <summary>Creates a bag holding a copy of <paramref name="items"/>.</summary>
    /// <param name="items">The entries to copy; a key given twice keeps its last value.</param>
    public ScopeItems(IEnumerable<KeyValuePair<string, object?>> items)
        : this()
    {
        ArgumentNullException.ThrowIfNull(items);
        foreach (var (key, value) in items) this[key] = value;
    }

    /// <summary>The number of items.</summary>
    public int Count => _count;

    /// <summary>The value stored under <paramref name="key"/>; setting it adds or replaces the item.</summary>
    /// <param name="key">The key, compared ordinally.</param>
    /// <exception cref="KeyNotFoundException">Getting a key that is not present.</exception>
    public object? this[string key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The key '{key}' is not in the scope's items.");
        set
        {
            var index = IndexOf(key);
            if (index >= 0) Slot(index) = new KeyValuePair<string, object?>(key, value);
            else Append(key, value);
        }
    }

    /// <summary>The keys, in insertion order.</summary>
    public ICollection<string> Keys => [.. this.Select(item => item.Key)];

    /// <summary>The values, in insertion order.</summary>
    public ICollection<object?> Values => [.. this.Select(item => item.Value)];

    IEnumerable<string> IReadOnlyDictionary<string, object?>.Keys => Keys;

    IEnumerable<object?> IReadOnlyDictionary<string, object?>.Values => Values;

    bool ICollection<KeyValuePair<string, object?>>.IsReadOnly => false;

    /// <summary>Adds an item.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="ArgumentException">The key is already present.</exception>
    public void Add(string key, object? value)
    {
        if (IndexOf(key) >= 0) throw new ArgumentException($"The key '{key}' is already in the scope's items.", nameof(key));
        Append(key, value);
    }

    /// <summary>Whether <paramref name="key"/> is present.</summary>
    /// <param name="key">The key.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool ContainsKey(string key) => IndexOf(key) >= 0;

    /// <summary>Gets the value stored under <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value, when present.</param>
    /// <returns>Whether the key is present.</returns>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value)
    {
        var index = IndexOf(key);
        value = index >= 0 ? Slot(index).Value : null;
        return index >= 0;
    }

    /// <summary>Removes the item stored under <paramref name="key"/>.</summary>
    /// <param name="key">The key.</param>
    /// <returns>Whether an item was removed.</returns>
    public bool Remove(string key)
    {
        var index = IndexOf(key);
        if (index < 0) return false;
        _count--;
        for (var i = index; i < _count; i++) Slot(i) = Slot(i + 1);
        Slot(_count) = default;
        return true;
    }

    /// <summary>Removes every item.</summary>
    public void Clear()
    {
        for (var i = 0; i < _count; i++) Slot(i) = default;
        _count = 0;
    }

    /// <summary>Enumerates the items in insertion order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator()
    {
        for (var i = 0; i < _count; i++) yield return Slot(i);
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    void ICollection<KeyValuePair<string, object?>>.Add(KeyValuePair<string, object?> item) => Add(item.Key, item.Value);

    bool ICollection<KeyValuePair<string, object?>>.Contains(KeyValuePair<string, object?> item) =>
        TryGetValue(item.Key, out var value) && EqualityComparer<object?>.Default.Equals(value, item.Value);

    void ICollection<KeyValuePair<string, object?>>.CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        if (arrayIndex < 0 || array.Length - arrayIndex < _count) throw new ArgumentException("The array is too small for the items.", nameof(array));
        for (var i = 0; i < _count; i++) array[arrayIndex + i] = Slot(i);
    }

    bool ICollection<KeyValuePair<string, object?>>.Remove(KeyValuePair<string, object?> item) =>
        ((ICollection<KeyValuePair<string, object?>>)this).Contains(item) && Remove(item.Key);

    private int IndexOf(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        for (var i = 0; i < _count; i++)
        {
            // Keys are usually the same interned constants: the reference check settles most lookups.
            var existing = Slot(i).Key;
            if (ReferenceEquals(existing, key) || string.Equals(existing, key, StringComparison.Ordinal)) return i;
        }

        return -1;
    }

    private ref KeyValuePair<string, object?> Slot(int index) =>
        ref index < InlineCount ? ref _inline[index] : ref _overflow![index - InlineCount];

    private void Append(string key, object? value)
    {
        var overflowIndex = _count - InlineCount;
        if (overflowIndex >= 0 && (_overflow is null || overflowIndex == _overflow.Length))
            Array.Resize(ref _overflow, _overflow is null ? 4 : _overflow.Length * 2);
        Slot(_count++) = new KeyValuePair<string, object?>(key, value);
    }

    [InlineArray(InlineCount)]
    private struct InlineEntries
    {
        private KeyValuePair<string, object?> _first;
    }
}

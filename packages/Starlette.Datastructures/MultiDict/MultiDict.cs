namespace Starlette.Datastructures;

/// <summary>
/// A multi-dictionary that can be changed, as upstream's <c>MultiDict</c>. Setting a key replaces all its values
/// (the pairs move to the end, the key keeps its place among the keys); <see cref="Append"/> adds a value.
/// </summary>
/// <typeparam name="TKey">The key type.</typeparam>
/// <typeparam name="TValue">The value type.</typeparam>
public class MultiDict<TKey, TValue> : ImmutableMultiDict<TKey, TValue>
    where TKey : notnull
{
    /// <summary>Creates an empty multi-dictionary.</summary>
    public MultiDict()
    {
    }

    /// <summary>Creates a multi-dictionary from pairs (a list, a dictionary, or another multi-dictionary's pairs).</summary>
    /// <param name="items">The pairs.</param>
    public MultiDict(IEnumerable<KeyValuePair<TKey, TValue>> items)
        : base(items)
    {
    }

    /// <summary>Gets the last value for a key, or sets the key to this one value (upstream's <c>__setitem__</c>).</summary>
    /// <param name="key">The key.</param>
    /// <exception cref="KeyNotFoundException">Getting a key that is absent.</exception>
    public new TValue this[TKey key]
    {
        get => base[key];
        set => SetList(key, [value]);
    }

    /// <summary>Removes a key and all its values (upstream's <c>del d[key]</c>).</summary>
    /// <param name="key">The key.</param>
    /// <returns>Whether the key was present.</returns>
    public bool Remove(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var dict = Dict;
        RemovePairs(key);
        return dict.Remove(key);
    }

    /// <summary>Removes a key and returns its last value, or <c>default</c> when it is absent (upstream's <c>pop</c>).</summary>
    /// <param name="key">The key.</param>
    /// <returns>The removed value, or <c>default</c>.</returns>
    public TValue? Pop(TKey key) => Remove(key, out var value) ? value : default;

    /// <summary>Removes a key and returns its last value, or <paramref name="defaultValue"/> when it is absent.</summary>
    /// <param name="key">The key.</param>
    /// <param name="defaultValue">What to return when the key is absent.</param>
    /// <returns>The removed value, or <paramref name="defaultValue"/>.</returns>
    public TValue Pop(TKey key, TValue defaultValue) => Remove(key, out var value) ? value : defaultValue;

    /// <summary>Removes the most recently added key with all its values and returns it with its last value (upstream's <c>popitem</c>).</summary>
    /// <returns>The key and its last value.</returns>
    /// <exception cref="InvalidOperationException">The multi-dictionary is empty.</exception>
    public KeyValuePair<TKey, TValue> PopItem()
    {
        var dict = Dict;
        if (dict.Count == 0) throw new InvalidOperationException("popitem(): dictionary is empty");
        var last = dict.GetAt(dict.Count - 1);
        dict.RemoveAt(dict.Count - 1);
        RemovePairs(last.Key);
        return last;
    }

    /// <summary>Removes a key and returns all its values, in order (upstream's <c>poplist</c>).</summary>
    /// <param name="key">The key.</param>
    /// <returns>The removed values; empty when the key was absent.</returns>
    public IReadOnlyList<TValue> PopList(TKey key)
    {
        var values = GetList(key);
        Remove(key);
        return values;
    }

    /// <summary>Removes everything.</summary>
    public void Clear()
    {
        _list.Clear();
        _dict?.Clear();
    }

    /// <summary>Adds a key with a value unless it is present; returns its (last) value either way (upstream's <c>setdefault</c>).</summary>
    /// <param name="key">The key.</param>
    /// <param name="defaultValue">The value to add when the key is absent.</param>
    /// <returns>The key's value after the call.</returns>
    public TValue SetDefault(TKey key, TValue defaultValue)
    {
        ArgumentNullException.ThrowIfNull(key);
        var dict = Dict;
        if (dict.TryGetValue(key, out var existing)) return existing;
        dict.Add(key, defaultValue);
        _list.Add(new KeyValuePair<TKey, TValue>(key, defaultValue));
        return defaultValue;
    }

    /// <summary>
    /// Replaces all values of a key with <paramref name="values"/>, appended at the end of the pairs (upstream's
    /// <c>setlist</c>); no values removes the key.
    /// </summary>
    /// <param name="key">The key.</param>
    /// <param name="values">The new values, in order.</param>
    public void SetList(TKey key, IEnumerable<TValue> values)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(values);
        var items = values.ToList();
        if (items.Count == 0)
        {
            Remove(key);
            return;
        }

        var dict = Dict;
        RemovePairs(key);
        foreach (var value in items) _list.Add(new KeyValuePair<TKey, TValue>(key, value));
        dict[key] = items[^1];
    }

    /// <summary>Adds a value for a key, keeping the values it already has.</summary>
    /// <param name="key">The key.</param>
    /// <param name="value">The value.</param>
    public void Append(TKey key, TValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var dict = Dict;
        _list.Add(new KeyValuePair<TKey, TValue>(key, value));
        dict[key] = value;
    }

    /// <summary>
    /// Sets every key of <paramref name="items"/> to the values given there (upstream's <c>update</c>): the existing
    /// pairs of those keys are dropped and all the given pairs appended, duplicates kept.
    /// </summary>
    /// <param name="items">The pairs (a list, a dictionary, or a multi-dictionary, whose pairs are all taken).</param>
    public void Update(IEnumerable<KeyValuePair<TKey, TValue>> items)
    {
        var update = new MultiDict<TKey, TValue>(items);
        var dict = Dict;
        var updateKeys = update.Dict;
        _list.RemoveAll(pair => updateKeys.ContainsKey(pair.Key));
        _list.AddRange(update._list);
        foreach (var (key, value) in updateKeys) dict[key] = value;
    }

    private bool Remove(TKey key, out TValue value)
    {
        ArgumentNullException.ThrowIfNull(key);
        var dict = Dict;
        RemovePairs(key);
        return dict.Remove(key, out value!);
    }

    private void RemovePairs(TKey key) => _list.RemoveAll(pair => KeyComparer.Equals(pair.Key, key));
}

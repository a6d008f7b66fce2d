using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Starlette.Datastructures;

/// <summary>
/// A bag of named values for an app or a request (upstream's <c>State</c>, behind <c>app.state</c> and
/// <c>request.state</c>). It wraps a dictionary without copying it, so a request's state can be a view over the
/// scope's lifespan state. Where Python reads <c>state.name</c>, C# reads <c>state["name"]</c> or
/// <c>state.Get&lt;T&gt;("name")</c>.
/// </summary>
public sealed class State : IReadOnlyDictionary<string, object?>
{
    private readonly IDictionary<string, object?> _state;

    /// <summary>Creates an empty state.</summary>
    public State()
        : this(new Dictionary<string, object?>(StringComparer.Ordinal))
    {
    }

    /// <summary>Wraps a dictionary: changes to the state change it, and the other way round.</summary>
    /// <param name="state">The dictionary, such as a scope's <c>State</c>.</param>
    public State(IDictionary<string, object?> state)
    {
        ArgumentNullException.ThrowIfNull(state);
        _state = state;
    }

    /// <summary>The number of values.</summary>
    public int Count => _state.Count;

    /// <summary>The names, in the dictionary's order.</summary>
    public IEnumerable<string> Keys => _state.Keys;

    /// <summary>The values, in the dictionary's order.</summary>
    public IEnumerable<object?> Values => _state.Values;

    /// <summary>Gets or sets a value.</summary>
    /// <param name="key">The name.</param>
    /// <exception cref="KeyNotFoundException">Getting a name that is absent; the message is upstream's
    /// <c>'State' object has no attribute 'name'</c>.</exception>
    public object? this[string key]
    {
        get => TryGetValue(key, out var value) ? value : throw Missing(key);
        set => Set(key, value);
    }

    /// <summary>Sets a value.</summary>
    /// <param name="key">The name.</param>
    /// <param name="value">The value.</param>
    public void Set(string key, object? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        _state[key] = value;
    }

    /// <summary>Gets a value as a <typeparamref name="T"/>.</summary>
    /// <typeparam name="T">The value's type.</typeparam>
    /// <param name="key">The name.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">The name is absent (upstream's message).</exception>
    /// <exception cref="InvalidCastException">The value is not a <typeparamref name="T"/>.</exception>
    public T Get<T>(string key)
    {
        if (!TryGetValue(key, out var value)) throw Missing(key);
        return value switch
        {
            T typed => typed,
            null when default(T) is null => default!,
            _ => throw new InvalidCastException(
                $"The state value '{key}' is {(value is null ? "null" : $"a {value.GetType().Name}")}, not a {typeof(T).Name}."),
        };
    }

    /// <summary>Gets a value.</summary>
    /// <param name="key">The name.</param>
    /// <param name="value">The value, when present.</param>
    /// <returns>Whether the name is present.</returns>
    public bool TryGetValue(string key, out object? value)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _state.TryGetValue(key, out value);
    }

    /// <summary>Whether a name is present.</summary>
    /// <param name="key">The name.</param>
    /// <returns><see langword="true"/> when present.</returns>
    public bool ContainsKey(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _state.ContainsKey(key);
    }

    /// <summary>Removes a value (upstream's <c>del state.name</c>).</summary>
    /// <param name="key">The name.</param>
    /// <returns>Whether the name was present.</returns>
    public bool Remove(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return _state.Remove(key);
    }

    /// <inheritdoc />
    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _state.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    bool IReadOnlyDictionary<string, object?>.TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => TryGetValue(key, out value);

    private static KeyNotFoundException Missing(string key) => new($"'State' object has no attribute '{key}'");
}

using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Starlette.Configuration;

/// <summary>
/// The environment as a dictionary that refuses to change a key after it has been read (upstream's
/// <c>environ</c>): set test settings before the code under test reads them, never after. Wraps the process
/// environment by default, or any dictionary.
/// </summary>
/// <remarks>
/// Reading a key (the indexer, <see cref="TryGetValue"/>, <see cref="ContainsKey"/>, enumerating pairs or
/// <see cref="Values"/>) marks it read, whether or not it is set, as upstream's <c>environ[key]</c> and
/// <c>key in environ</c> do. Setting, adding or removing a read key throws <see cref="EnvironmentVariableException"/>.
/// <see cref="Keys"/> and <see cref="Count"/> mark nothing. Process environment keys compare case-insensitively on
/// Windows, ordinally elsewhere; a wrapped dictionary's keys are tracked ordinally. Setting a process variable to
/// the empty string removes it on Windows (<see cref="Environment.SetEnvironmentVariable(string, string)"/>'s rule).
/// </remarks>
/// <example>
/// <code>
/// // In a test project's setup, before anything reads the settings:
/// EnvironmentVariables.Default["TESTING"] = "True";
/// var config = new Config();                  // reads EnvironmentVariables.Default
/// bool testing = config.Get&lt;bool&gt;("TESTING");
/// EnvironmentVariables.Default["TESTING"] = "False";       // EnvironmentVariableException: already read
/// </code>
/// </example>
public sealed class EnvironmentVariables : IDictionary<string, string>, IReadOnlyDictionary<string, string>
{
    private readonly IVariableStore _environ;
    private readonly HashSet<string> _read;

    /// <summary>Wraps the process environment.</summary>
    public EnvironmentVariables()
        : this(new ProcessEnvironment(), ProcessEnvironment.KeyComparer)
    {
    }

    /// <summary>Wraps a dictionary, e.g. for tests.</summary>
    /// <param name="variables">The variables; changes go through to it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="variables"/> is <see langword="null"/>.</exception>
    public EnvironmentVariables(IDictionary<string, string> variables)
        : this(new DictionaryVariables(variables ?? throw new ArgumentNullException(nameof(variables))), StringComparer.Ordinal)
    {
    }

    private EnvironmentVariables(IVariableStore environ, StringComparer comparer)
    {
        _environ = environ;
        _read = new HashSet<string>(comparer);
    }

    /// <summary>The process environment, shared: what <see cref="Config"/> reads unless given another (upstream's module-level <c>environ</c>).</summary>
    public static EnvironmentVariables Default { get; } = new();

    /// <summary>The number of variables.</summary>
    public int Count => _environ.Count;

    /// <summary>The variable names (reading them marks nothing).</summary>
    public ICollection<string> Keys => _environ.Keys;

    /// <summary>The values; marks every key read.</summary>
    public ICollection<string> Values => [.. this.Select(pair => pair.Value)];

    IEnumerable<string> IReadOnlyDictionary<string, string>.Keys => Keys;

    IEnumerable<string> IReadOnlyDictionary<string, string>.Values => Values;

    bool ICollection<KeyValuePair<string, string>>.IsReadOnly => false;

    /// <summary>Gets (marking the key read) or sets a variable.</summary>
    /// <param name="key">The name.</param>
    /// <exception cref="KeyNotFoundException">Getting a variable that is not set.</exception>
    /// <exception cref="EnvironmentVariableException">Setting a variable that has been read.</exception>
    public string this[string key]
    {
        get
        {
            MarkRead(key);
            return _environ.TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The environment variable '{key}' is not set.");
        }

        set
        {
            ThrowIfRead(key, "set");
            _environ.Set(key, value);
        }
    }

    /// <summary>Whether a variable has been read through this instance.</summary>
    /// <param name="key">The name.</param>
    /// <returns><see langword="true"/> once it has been read.</returns>
    public bool HasBeenRead(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_read) return _read.Contains(key);
    }

    /// <summary>Gets a variable, marking the key read.</summary>
    /// <param name="key">The name.</param>
    /// <param name="value">The value, when set.</param>
    /// <returns>Whether it is set.</returns>
    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        MarkRead(key);
        return _environ.TryGetValue(key, out value);
    }

    /// <summary>Whether a variable is set; marks the key read (as upstream's <c>key in environ</c>).</summary>
    /// <param name="key">The name.</param>
    /// <returns>Whether it is set.</returns>
    public bool ContainsKey(string key) => TryGetValue(key, out _);

    /// <summary>Adds a variable that is not set.</summary>
    /// <param name="key">The name.</param>
    /// <param name="value">The value.</param>
    /// <exception cref="EnvironmentVariableException">The key has been read.</exception>
    /// <exception cref="ArgumentException">The variable is already set.</exception>
    public void Add(string key, string value)
    {
        ThrowIfRead(key, "set");
        _environ.Add(key, value);
    }

    /// <summary>Removes a variable (upstream's <c>del environ[key]</c>).</summary>
    /// <param name="key">The name.</param>
    /// <returns>Whether it was set.</returns>
    /// <exception cref="EnvironmentVariableException">The key has been read.</exception>
    public bool Remove(string key)
    {
        ThrowIfRead(key, "delete");
        return _environ.Remove(key);
    }

    /// <summary>Removes every variable; nothing is removed if any of them has been read.</summary>
    /// <exception cref="EnvironmentVariableException">A variable has been read.</exception>
    public void Clear()
    {
        var keys = _environ.Keys.ToArray();
        foreach (var key in keys) ThrowIfRead(key, "delete");
        foreach (var key in keys) _environ.Remove(key);
    }

    /// <summary>Enumerates the variables, marking each key read as it is reached.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        foreach (var key in _environ.Keys.ToArray())
        {
            if (TryGetValue(key, out var value)) yield return new KeyValuePair<string, string>(key, value);
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    void ICollection<KeyValuePair<string, string>>.Add(KeyValuePair<string, string> item) => Add(item.Key, item.Value);

    bool ICollection<KeyValuePair<string, string>>.Contains(KeyValuePair<string, string> item) =>
        TryGetValue(item.Key, out var value) && string.Equals(value, item.Value, StringComparison.Ordinal);

    bool ICollection<KeyValuePair<string, string>>.Remove(KeyValuePair<string, string> item)
    {
        ThrowIfRead(item.Key, "delete");
        return _environ.TryGetValue(item.Key, out var value) && string.Equals(value, item.Value, StringComparison.Ordinal) && _environ.Remove(item.Key);
    }

    void ICollection<KeyValuePair<string, string>>.CopyTo(KeyValuePair<string, string>[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        foreach (var pair in this) array[arrayIndex++] = pair;
    }

    private void MarkRead(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_read) _read.Add(key);
    }

    private void ThrowIfRead(string key, string action)
    {
        if (HasBeenRead(key))
            throw new EnvironmentVariableException($"Attempting to {action} environ['{key}'], but the value has already been read.");
    }
}

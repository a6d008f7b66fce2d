using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Starlette.Configuration;

/// <summary>The process environment as a dictionary (Python's <c>os.environ</c>), over <see cref="Environment"/>; nothing cached.</summary>
internal sealed class ProcessEnvironment : IDictionary<string, string>
{
    public static StringComparer KeyComparer { get; } = OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal;

    public int Count => Environment.GetEnvironmentVariables().Count;

    public ICollection<string> Keys
    {
        get
        {
            var keys = new List<string>();
            foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables()) keys.Add((string)entry.Key);
            return keys;
        }
    }

    public ICollection<string> Values => [.. this.Select(pair => pair.Value)];

    public bool IsReadOnly => false;

    public string this[string key]
    {
        get => TryGetValue(key, out var value) ? value : throw new KeyNotFoundException($"The environment variable '{key}' is not set.");
        set
        {
            ArgumentNullException.ThrowIfNull(value);
            Environment.SetEnvironmentVariable(key, value);
        }
    }

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        value = Environment.GetEnvironmentVariable(key);
        return value is not null;
    }

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public void Add(string key, string value)
    {
        if (ContainsKey(key)) throw new ArgumentException($"The environment variable '{key}' is already set.", nameof(key));
        this[key] = value;
    }

    public bool Remove(string key)
    {
        if (!ContainsKey(key)) return false;
        Environment.SetEnvironmentVariable(key, null);
        return true;
    }

    public void Clear()
    {
        foreach (var key in Keys) Environment.SetEnvironmentVariable(key, null);
    }

    public IEnumerator<KeyValuePair<string, string>> GetEnumerator()
    {
        foreach (DictionaryEntry entry in Environment.GetEnvironmentVariables())
            yield return new KeyValuePair<string, string>((string)entry.Key, (string?)entry.Value ?? "");
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Add(KeyValuePair<string, string> item) => Add(item.Key, item.Value);

    public bool Contains(KeyValuePair<string, string> item) =>
        TryGetValue(item.Key, out var value) && string.Equals(value, item.Value, StringComparison.Ordinal);

    public bool Remove(KeyValuePair<string, string> item) => Contains(item) && Remove(item.Key);

    public void CopyTo(KeyValuePair<string, string>[] array, int arrayIndex)
    {
        ArgumentNullException.ThrowIfNull(array);
        foreach (var pair in this) array[arrayIndex++] = pair;
    }
}

using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace Starlette.Configuration;

/// <summary>The process environment (Python's <c>os.environ</c>), over <see cref="Environment"/>; nothing cached.</summary>
internal sealed class ProcessEnvironment : IVariableStore
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

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        value = Environment.GetEnvironmentVariable(key);
        return value is not null;
    }

    public void Set(string key, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Environment.SetEnvironmentVariable(key, value);
    }

    public void Add(string key, string value)
    {
        if (TryGetValue(key, out _)) throw new ArgumentException($"The environment variable '{key}' is already set.", nameof(key));
        Set(key, value);
    }

    public bool Remove(string key)
    {
        if (!TryGetValue(key, out _)) return false;
        Environment.SetEnvironmentVariable(key, null);
        return true;
    }
}

using System.Diagnostics.CodeAnalysis;

namespace Starlette.Configuration;

/// <summary>
/// What <see cref="EnvironmentVariables"/> needs from the variables it wraps: the process environment
/// (<see cref="ProcessEnvironment"/>) or a caller's dictionary (<see cref="DictionaryVariables"/>).
/// </summary>
internal interface IVariableStore
{
    int Count { get; }

    /// <summary>A snapshot of the names.</summary>
    ICollection<string> Keys { get; }

    bool TryGetValue(string key, [MaybeNullWhen(false)] out string value);

    void Set(string key, string value);

    /// <summary>Adds a variable; <see cref="ArgumentException"/> when it is already set.</summary>
    void Add(string key, string value);

    bool Remove(string key);
}

using System.Diagnostics.CodeAnalysis;

namespace Starlette.Configuration;

/// <summary>Variables kept in a caller's dictionary (e.g. a test's); every change goes through to it.</summary>
internal sealed class DictionaryVariables(IDictionary<string, string> variables) : IVariableStore
{
    public int Count => variables.Count;

    public ICollection<string> Keys => variables.Keys;

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out string value) => variables.TryGetValue(key, out value);

    public void Set(string key, string value) => variables[key] = value;

    public void Add(string key, string value) => variables.Add(key, value);

    public bool Remove(string key) => variables.Remove(key);
}

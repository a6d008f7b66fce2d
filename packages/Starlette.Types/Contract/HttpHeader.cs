namespace Starlette.Types;

/// <summary>One header field as it travels through the contract.</summary>
/// <param name="Name">The field name. Hosts deliver names lowercased; apps must send them lowercased.</param>
/// <param name="Value">The field value as received or to be sent, one character per byte (Latin-1).</param>
public readonly record struct HttpHeader(string Name, string Value)
{
    /// <summary>Formats the header as <c>name: value</c>.</summary>
    /// <returns>The formatted header.</returns>
    public override string ToString() => $"{Name}: {Value}";

    /// <summary>A header from a <c>(name, value)</c> tuple, so <c>[("Cache-Control", "no-store")]</c> reads as headers.</summary>
    /// <param name="field">The name and the value.</param>
    public static implicit operator HttpHeader((string Name, string Value) field) => new(field.Name, field.Value);

    /// <summary>A header from a dictionary entry.</summary>
    /// <param name="field">The name (key) and the value.</param>
    public static implicit operator HttpHeader(KeyValuePair<string, string> field) => new(field.Key, field.Value);
}

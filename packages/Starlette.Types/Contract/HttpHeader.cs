namespace Starlette.Types;

/// <summary>One header field as it travels through the contract.</summary>
/// <param name="Name">The field name. Hosts deliver names lowercased; apps must send them lowercased.</param>
/// <param name="Value">The field value as received or to be sent, one character per byte (Latin-1).</param>
public readonly record struct HttpHeader(string Name, string Value)
{
    /// <summary>Formats the header as <c>name: value</c>.</summary>
    /// <returns>The formatted header.</returns>
    public override string ToString() => $"{Name}: {Value}";
}

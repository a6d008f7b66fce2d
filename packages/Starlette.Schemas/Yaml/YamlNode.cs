namespace Starlette.Schemas.Internal;

/// <summary>A node of the representation graph (PyYAML's nodes): what the emitter writes.</summary>
internal abstract class YamlNode
{
    /// <summary>The anchor, when the node is reached more than once (<c>id001</c>, ...).</summary>
    public string? Anchor { get; set; }
}

/// <summary>A scalar's text, and whether it reads back as the same type when written plain.</summary>
internal sealed class YamlScalarNode(string text, bool plainImplicit) : YamlNode
{
    public string Text { get; } = text;

    public bool PlainImplicit { get; } = plainImplicit;
}

internal sealed class YamlSequenceNode : YamlNode
{
    public List<YamlNode> Items { get; } = [];
}

internal sealed class YamlMappingNode : YamlNode
{
    public List<KeyValuePair<YamlNode, YamlNode>> Entries { get; } = [];
}

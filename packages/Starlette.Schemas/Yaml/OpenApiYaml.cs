using Starlette.Schemas.Internal;
using YamlDotNet.Core;

namespace Starlette.Schemas;

/// <summary>
/// YAML in (read as upstream's PyYAML reads it) and out (YamlDotNet's emitter, keeping the meaning), over a neutral tree of plain .NET values: mappings are
/// dictionaries, sequences lists, scalars <see cref="string"/>, <see cref="bool"/>, <see cref="int"/> (or
/// <see cref="long"/>/<see cref="System.Numerics.BigInteger"/> when larger), <see cref="double"/>, <see cref="DateOnly"/>,
/// <see cref="DateTime"/>/<see cref="DateTimeOffset"/> and <see langword="null"/>.
/// </summary>
public static class OpenApiYaml
{
    /// <summary>
    /// Reads one YAML document as PyYAML's <c>yaml.safe_load</c> does (YAML 1.1 scalars: <c>200</c> is an
    /// <see cref="int"/>, <c>yes</c> a <see cref="bool"/>, <c>1.0</c> a <see cref="double"/>). Mappings become
    /// <c>Dictionary&lt;object, object?&gt;</c> in document order, sequences <c>List&lt;object?&gt;</c>.
    /// </summary>
    /// <param name="yaml">The YAML text.</param>
    /// <returns>The value; <see langword="null"/> for an empty document.</returns>
    /// <exception cref="FormatException">The text is not valid YAML, holds more than one document, or a value cannot be built.</exception>
    public static object? Load(string yaml)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        try
        {
            return YamlLoader.Load(yaml);
        }
        catch (YamlException e)
        {
            throw new FormatException($"Invalid YAML: {e.Message}", e);
        }
    }

    /// <summary>
    /// Writes a tree as one block-style YAML document that a YAML 1.1 reader (PyYAML's <c>safe_load</c>, <see cref="Load"/>)
    /// reads back as the same tree: keys sorted, strings quoted when they would read back as something else
    /// (<c>'1.0'</c>, <c>'yes'</c>), and a dictionary or list met twice written once with an anchor (<c>&amp;id001</c>)
    /// and then aliased. The layout (quoting style, line breaks) is YamlDotNet's, not PyYAML's byte for byte.
    /// </summary>
    /// <param name="data">The tree: any <see cref="System.Collections.IDictionary"/> or enumerable, and the scalars above
    /// (other numbers, enums, <see cref="Guid"/> and <see cref="Uri"/> are accepted too).</param>
    /// <returns>The YAML text, ending with a line break.</returns>
    /// <exception cref="ArgumentException">The tree holds a value of another type.</exception>
    public static string Dump(object? data) => YamlWriter.Write(data);
}

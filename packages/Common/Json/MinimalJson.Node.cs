using System.Text.Json.Nodes;

namespace Starlette.Common.Json;

/// <summary>A <see cref="JsonNode"/> document written by <see cref="MinimalJson"/>, for the packages that send one.</summary>
internal static partial class MinimalJson
{
    /// <summary>The node as compact UTF-8 JSON; <see langword="null"/> is <c>null</c>.</summary>
    /// <param name="node">The document.</param>
    /// <returns>The JSON bytes.</returns>
    public static byte[] Serialize(JsonNode? node) => Render(node, static (writer, node) =>
    {
        if (node is null) writer.WriteNullValue();
        else node.WriteTo(writer);
    });
}

using System.Text.Json;
using Starlette.WebSockets;

namespace Starlette.GraphQL;

/// <summary>A WebSocket client's <c>connection_init</c>, handed to <see cref="GraphQLOptions.OnConnect"/>.</summary>
/// <param name="WebSocket">The connection (its headers, query parameters, scope items).</param>
/// <param name="Payload">The message's <c>payload</c> object, or <see langword="null"/> when it sent none.</param>
public sealed record GraphQLConnectionInit(WebSocket WebSocket, JsonElement? Payload);

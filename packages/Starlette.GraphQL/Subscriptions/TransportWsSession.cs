using System.Text;
using System.Text.Json;
using GraphQL.SystemTextJson;
using Starlette.GraphQL.Execution;
using Starlette.Types;
using Starlette.WebSockets;

namespace Starlette.GraphQL.Subscriptions;

/// <summary>One WebSocket connection speaking graphql-transport-ws: the handshake, <c>connection_init</c> within the
/// wait timeout, ping/pong, and the operations it runs side by side until either side closes.</summary>
internal sealed partial class TransportWsSession(WebSocket webSocket, OperationExecutor executor, GraphQLOptions options, GraphQLSerializer serializer)
{
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly Dictionary<string, (SubscriptionOperation Operation, Task Task)> _operations = new(StringComparer.Ordinal);
    private bool _initialised;
    private bool _acknowledged;
    private volatile bool _closed;
    private Exception? _failure;

    public async ValueTask RunAsync()
    {
        if (!webSocket.Scope.Subprotocols.Contains(CloseCodes.Subprotocol))
        {
            await webSocket.AcceptAsync().ConfigureAwait(false);
            await CloseAsync(CloseCodes.SubprotocolNotAcceptable, "Subprotocol not acceptable").ConfigureAwait(false);
            return;
        }

        await webSocket.AcceptAsync(CloseCodes.Subprotocol).ConfigureAwait(false);
        try
        {
            await ReceiveLoopAsync().ConfigureAwait(false);
        }
        finally
        {
            _closed = true;
            await StopOperationsAsync().ConfigureAwait(false);
        }

        if (_failure is not null) System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(_failure);
    }

    private async Task ReceiveLoopAsync()
    {
        var deadline = Task.Delay(options.ConnectionInitWaitTimeout);
        while (!_closed)
        {
            var receive = webSocket.ReceiveAsync().AsTask();
            if (!_initialised && await Task.WhenAny(receive, deadline).ConfigureAwait(false) == deadline)
            {
                await CloseAsync(CloseCodes.ConnectionInitTimeout, "Connection initialisation timeout").ConfigureAwait(false);
                return;
            }

            switch (await receive.ConfigureAwait(false))
            {
                case WebSocketReceiveMessage { Text: { } text }:
                    await HandleAsync(text).ConfigureAwait(false);
                    break;
                case WebSocketReceiveMessage { Bytes: { } bytes }:
                    await HandleAsync(Encoding.UTF8.GetString(bytes.Span)).ConfigureAwait(false);
                    break;
                default:
                    _closed = true;
                    return;
            }
        }
    }

    private async ValueTask HandleAsync(string text)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(text);
        }
        catch (JsonException)
        {
            await CloseAsync(CloseCodes.BadRequest, "Invalid message received: not JSON").ConfigureAwait(false);
            return;
        }

        using (document)
        {
            var message = document.RootElement;
            if (message.ValueKind != JsonValueKind.Object || !message.TryGetProperty("type", out var type) || type.ValueKind != JsonValueKind.String)
            {
                await CloseAsync(CloseCodes.BadRequest, "Invalid message received: no 'type'").ConfigureAwait(false);
                return;
            }

            await DispatchAsync(type.GetString()!, message).ConfigureAwait(false);
        }
    }

    private async ValueTask DispatchAsync(string type, JsonElement message)
    {
        switch (type)
        {
            case "connection_init": await InitAsync(message).ConfigureAwait(false); break;
            case "ping": await SendAsync(ProtocolMessages.Pong).ConfigureAwait(false); break;
            case "pong": break;
            case "subscribe": await SubscribeAsync(message).ConfigureAwait(false); break;
            case "complete": Complete(message); break;
            default: await CloseAsync(CloseCodes.BadRequest, $"Invalid message received: unexpected type '{type}'").ConfigureAwait(false); break;
        }
    }
}

using System.Text.Json;
using Starlette.GraphQL.Http;

namespace Starlette.GraphQL.Subscriptions;

internal sealed partial class TransportWsSession
{
    private async ValueTask InitAsync(JsonElement message)
    {
        if (_initialised)
        {
            await CloseAsync(CloseCodes.TooManyInitialisationRequests, "Too many initialisation requests").ConfigureAwait(false);
            return;
        }

        _initialised = true;
        JsonElement? payload = null;
        if (message.TryGetProperty("payload", out var given) && given.ValueKind != JsonValueKind.Null)
        {
            if (given.ValueKind != JsonValueKind.Object)
            {
                await CloseAsync(CloseCodes.BadRequest, "Invalid message received: 'payload' must be an object").ConfigureAwait(false);
                return;
            }

            payload = given.Clone();
        }

        if (options.OnConnect is { } onConnect && !await onConnect(new GraphQLConnectionInit(webSocket, payload)).ConfigureAwait(false))
        {
            await CloseAsync(CloseCodes.Forbidden, "Forbidden").ConfigureAwait(false);
            return;
        }

        _acknowledged = true;
        await SendAsync(ProtocolMessages.ConnectionAck).ConfigureAwait(false);
    }

    private async ValueTask SubscribeAsync(JsonElement message)
    {
        if (!_acknowledged)
        {
            await CloseAsync(CloseCodes.Unauthorized, "Unauthorized").ConfigureAwait(false);
            return;
        }

        if (Id(message) is not { } id)
        {
            await CloseAsync(CloseCodes.BadRequest, "Invalid message received: 'id' must be a non-empty string").ConfigureAwait(false);
            return;
        }

        var read = message.TryGetProperty("payload", out var payload)
            ? RequestFields.FromJson(payload)
            : RequestReadResult.BadRequest("'payload' is missing.");
        if (read.Request is null)
        {
            await CloseAsync(CloseCodes.BadRequest, $"Invalid message received: {read.Problem}").ConfigureAwait(false);
            return;
        }

        lock (_operations)
        {
            if (!_operations.ContainsKey(id))
            {
                var operation = new SubscriptionOperation(id, new GraphQLContext(webSocket), SendAsync, serializer, options.ExposeExceptionMessages);
                _operations[id] = (operation, RunGuardedAsync(operation, read.Request));
                return;
            }
        }

        await CloseAsync(CloseCodes.SubscriberAlreadyExists, $"Subscriber for {id} already exists").ConfigureAwait(false);
    }

    private void Complete(JsonElement message)
    {
        if (Id(message) is not { } id) return;
        lock (_operations)
        {
            if (_operations.Remove(id, out var running)) running.Operation.Cancel();
        }
    }

    private static string? Id(JsonElement message)
        => message.TryGetProperty("id", out var id) && id.ValueKind == JsonValueKind.String && id.GetString() is { Length: > 0 } text ? text : null;
}

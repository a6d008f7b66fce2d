using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Starlette.Responses;

namespace Starlette.Typed;

/// <summary>
/// Writes an <see cref="IAsyncEnumerable{T}"/> as server-sent events: a <see cref="ServerSentEvent"/> item as it is,
/// a string as the event's data, anything else as one line of JSON in the data field.
/// </summary>
internal sealed class EventStreamResultWriter<TItem>(JsonSerializerOptions options) : ResultWriter<IAsyncEnumerable<TItem>>
{
    private readonly JsonTypeInfo<TItem>? _typeInfo = typeof(TItem) == typeof(ServerSentEvent) || typeof(TItem) == typeof(string)
        ? null
        : (JsonTypeInfo<TItem>)options.GetTypeInfo(typeof(TItem));

    public override Type? DocumentedType => typeof(TItem) == typeof(ServerSentEvent) ? typeof(string) : typeof(TItem);

    public override bool IsEventStream => true;

    public override Response Write(IAsyncEnumerable<TItem> result, int statusCode) =>
        new EventSourceResponse(Events(result), statusCode);

    private async IAsyncEnumerable<ServerSentEvent> Events(IAsyncEnumerable<TItem> items, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var item in items.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            yield return item switch
            {
                ServerSentEvent sse => sse,
                string text => new ServerSentEvent { Data = text },
                _ => new ServerSentEvent { Data = JsonSerializer.Serialize(item, _typeInfo!) },
            };
        }
    }
}

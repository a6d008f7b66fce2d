using Starlette.Requests;
using Starlette.Types;

namespace Starlette;

/// <summary>
/// The receive <see cref="BaseHttpMiddleware"/> gives the rest of the stack (upstream's <c>_CachedRequest</c>): a body
/// the dispatch read whole is passed on whole; a body it consumed as a stream leaves the app an empty one; otherwise
/// each chunk is pulled through the dispatch's request, which then counts as read. Once the body is done, only a
/// disconnect is passed on.
/// </summary>
internal sealed class DownstreamReceive(Request request, ReceiveRecorder recorder)
{
    private bool _consumed;
    private bool _disconnected;

    public async ValueTask<AsgiMessage> ReceiveAsync()
    {
        if (_disconnected) return HttpDisconnectMessage.Instance;
        if (_consumed)
        {
            _disconnected = true;
            if (recorder.Disconnected) return HttpDisconnectMessage.Instance;
            var message = await recorder.ReceiveAsync().ConfigureAwait(false);
            if (message is not HttpDisconnectMessage) throw new InvalidOperationException($"Unexpected message received: {message.Type}");
            return message;
        }

        // A fresh stream each time, as upstream: it replays a cached body, or takes the next chunk from the host.
        var stream = request.StreamAsync().GetAsyncEnumerator();
        try
        {
            if (!await stream.MoveNextAsync().ConfigureAwait(false)) return Consumed(ReadOnlyMemory<byte>.Empty);
            var chunk = stream.Current;
            return recorder.LastMoreBody ? new HttpRequestBodyMessage(chunk, moreBody: true) : Consumed(chunk);
        }
        catch (ClientDisconnectException)
        {
            _disconnected = true;
            return HttpDisconnectMessage.Instance;
        }
        catch (InvalidOperationException) when (recorder.Count > 0 && !recorder.LastMoreBody)
        {
            // The dispatch consumed the stream without keeping the body: the app gets an empty one.
            return Consumed(ReadOnlyMemory<byte>.Empty);
        }
        finally
        {
            await stream.DisposeAsync().ConfigureAwait(false);
        }
    }

    private HttpRequestBodyMessage Consumed(ReadOnlyMemory<byte> body)
    {
        _consumed = true;
        return body.IsEmpty ? HttpRequestBodyMessage.Empty : new HttpRequestBodyMessage(body, moreBody: false);
    }
}

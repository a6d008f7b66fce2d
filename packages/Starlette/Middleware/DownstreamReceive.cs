using Starlette.Requests;
using Starlette.Types;

namespace Starlette;

/// <summary>
/// The receive <see cref="BaseHttpMiddleware"/> gives the rest of the stack (upstream's <c>_CachedRequest</c>): body
/// the dispatch read first is replayed; otherwise the body is pulled through the dispatch's request stream, so that
/// request then counts as consumed; once the body is done, only a disconnect is passed on.
/// </summary>
internal sealed class DownstreamReceive(Request request, ReceiveRecorder recorder)
{
    private Receive? _replay;
    private IAsyncEnumerator<ReadOnlyMemory<byte>>? _stream;
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

        if (_stream is null && (_replay is not null || recorder.Count > 0))
        {
            _replay ??= recorder.Replay();
            var message = await _replay().ConfigureAwait(false);
            if (message is HttpDisconnectMessage) _disconnected = true;
            else if (message is HttpRequestBodyMessage { MoreBody: false }) _consumed = true;
            return message;
        }

        _stream ??= request.StreamAsync().GetAsyncEnumerator();
        try
        {
            if (!await _stream.MoveNextAsync().ConfigureAwait(false))
            {
                _consumed = true;
                return HttpRequestBodyMessage.Empty;
            }
        }
        catch (ClientDisconnectException)
        {
            _disconnected = true;
            return HttpDisconnectMessage.Instance;
        }

        var more = recorder.LastMoreBody;
        if (!more) _consumed = true;
        return new HttpRequestBodyMessage(_stream.Current, more);
    }
}

using System.Threading.Channels;
using Starlette.Types;

namespace Starlette;

/// <summary>
/// Hands the app's messages to <see cref="BaseHttpMiddleware"/>'s response one at a time, like upstream's unbuffered
/// memory stream: a body chunk's sender waits until the reader has finished with it (asked for the next message or
/// stopped reading), because the contract lets the sender reuse the buffer once its send completes.
/// </summary>
internal sealed class MessageHandoff
{
    private readonly Channel<(AsgiMessage Message, TaskCompletionSource? Done)> _channel =
        Channel.CreateBounded<(AsgiMessage, TaskCompletionSource?)>(new BoundedChannelOptions(1) { SingleReader = true, SingleWriter = true });

    private TaskCompletionSource? _held;

    /// <summary>Passes a message on; completes once the reader is done with its buffers.</summary>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async ValueTask WriteAsync(AsgiMessage message, CancellationToken cancellationToken)
    {
        var done = message is HttpResponseBodyMessage { Body.IsEmpty: false }
            ? new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)
            : null;
        await _channel.Writer.WriteAsync((message, done), cancellationToken).ConfigureAwait(false);
        if (done is not null) await done.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>No more messages will be written.</summary>
    public void Complete() => _channel.Writer.TryComplete();

    /// <summary>Releases the message read last and waits for the next.</summary>
    /// <returns>The message, or <see langword="null"/> once the writer completed.</returns>
    public async ValueTask<AsgiMessage?> ReadAsync()
    {
        Release();
        var reader = _channel.Reader;
        while (await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            if (reader.TryRead(out var item))
            {
                _held = item.Done;
                return item.Message;
            }
        }

        return null;
    }

    /// <summary>Tells the writer the reader is done with the message read last.</summary>
    public void Release()
    {
        _held?.TrySetResult();
        _held = null;
    }
}

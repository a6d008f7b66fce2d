using System.Threading.Channels;
using GraphQL;

namespace Starlette.GraphQL.Subscriptions;

/// <summary>Turns a GraphQL.NET response stream (an <see cref="IObservable{T}"/>, pushed from any thread) into a
/// channel the operation reads in order. Unbounded: an observable cannot be slowed down, and dropping events would
/// lose data; a client that reads slower than events arrive grows the queue.</summary>
internal sealed class StreamObserver : IObserver<ExecutionResult>
{
    private readonly Channel<ExecutionResult> _channel = Channel.CreateUnbounded<ExecutionResult>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<ExecutionResult> Reader => _channel.Reader;

    public void OnNext(ExecutionResult value) => _channel.Writer.TryWrite(value);

    public void OnError(Exception error) => _channel.Writer.TryComplete(error);

    public void OnCompleted() => _channel.Writer.TryComplete();
}

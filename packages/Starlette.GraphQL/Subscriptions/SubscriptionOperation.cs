using GraphQL;
using GraphQL.SystemTextJson;
using GraphQLParser.AST;
using Starlette.GraphQL.Execution;

namespace Starlette.GraphQL.Subscriptions;

/// <summary>One <c>subscribe</c>: executes it, then sends <c>next</c> for each result and <c>complete</c> at the end,
/// or <c>error</c> when it fails before or while streaming. Cancelled by the client's <c>complete</c> (nothing is
/// sent then) or by the connection closing.</summary>
internal sealed class SubscriptionOperation(string id, GraphQLContext context, Func<string, ValueTask> send, GraphQLSerializer serializer, bool exposeExceptionMessages)
{
    private readonly CancellationTokenSource _cancellation = new();

    public string Id => id;

    public void Cancel() => _cancellation.Cancel();

    public async Task RunAsync(OperationExecutor executor, OperationRequest request)
    {
        var token = _cancellation.Token;
        try
        {
            var prepared = executor.Prepare(request);
            var result = await executor.ExecuteAsync(prepared, context, token).ConfigureAwait(false);
            if (result.Streams is { Count: > 0 } streams)
                await StreamAsync(streams.Values.First(), token).ConfigureAwait(false);
            else if (!result.Executed || prepared.Type == OperationType.Subscription)
                await send(ProtocolMessages.Error(id, ProtocolMessages.ErrorsOf(serializer.Serialize(result)))).ConfigureAwait(false);
            else
            {
                await send(ProtocolMessages.Next(id, serializer.Serialize(result))).ConfigureAwait(false);
                await send(ProtocolMessages.Complete(id)).ConfigureAwait(false);
            }

            await context.Background.RunAsync().ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The client completed the operation, or the connection is closing: nothing more to send.
        }
    }

    private async Task StreamAsync(IObservable<ExecutionResult> stream, CancellationToken token)
    {
        var observer = new StreamObserver();
        using (stream.Subscribe(observer))
        {
            try
            {
                await foreach (var item in observer.Reader.ReadAllAsync(token).ConfigureAwait(false))
                    await send(ProtocolMessages.Next(id, serializer.Serialize(item))).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                await send(ProtocolMessages.Error(id, ProtocolMessages.ErrorList(SourceErrorMessage(e)))).ConfigureAwait(false);
                return;
            }
        }

        await send(ProtocolMessages.Complete(id)).ConfigureAwait(false);
    }

    private string SourceErrorMessage(Exception e) => e switch
    {
        ExecutionError error => error.Message,
        _ when exposeExceptionMessages => e.Message,
        _ => "The subscription's source stream failed.",
    };
}

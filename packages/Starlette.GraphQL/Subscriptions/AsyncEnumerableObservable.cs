namespace Starlette.GraphQL.Subscriptions;

/// <summary>An <see cref="IAsyncEnumerable{T}"/> as a cold observable: one enumeration per subscriber.</summary>
internal sealed class AsyncEnumerableObservable<T>(IAsyncEnumerable<T> source) : IObservable<T>
{
    public IDisposable Subscribe(IObserver<T> observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        var subscription = new Subscription();
        _ = Task.Run(() => PumpAsync(observer, subscription.Token));
        return subscription;
    }

    private async Task PumpAsync(IObserver<T> observer, CancellationToken token)
    {
        try
        {
            await foreach (var item in source.WithCancellation(token).ConfigureAwait(false))
                observer.OnNext(item);
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            return;
        }
        catch (Exception e)
        {
            if (!token.IsCancellationRequested) observer.OnError(e);
            return;
        }

        if (!token.IsCancellationRequested) observer.OnCompleted();
    }

    private sealed class Subscription : IDisposable
    {
        private readonly CancellationTokenSource _cancellation = new();

        public CancellationToken Token => _cancellation.Token;

        public void Dispose() => _cancellation.Cancel();
    }
}

namespace Starlette.GraphQL.Tests;

/// <summary>A minimal hot observable for tests: what <see cref="Publish"/> gets, every current subscriber gets.</summary>
public sealed class EventStream<T> : IObservable<T>
{
    private readonly List<IObserver<T>> _observers = [];

    public int SubscriberCount
    {
        get { lock (_observers) return _observers.Count; }
    }

    public IDisposable Subscribe(IObserver<T> observer)
    {
        lock (_observers) _observers.Add(observer);
        return new Unsubscriber(() => { lock (_observers) _observers.Remove(observer); });
    }

    public void Publish(T value)
    {
        IObserver<T>[] observers;
        lock (_observers) observers = [.. _observers];
        foreach (var observer in observers) observer.OnNext(value);
    }

    public void Fail(Exception error)
    {
        IObserver<T>[] observers;
        lock (_observers) observers = [.. _observers];
        foreach (var observer in observers) observer.OnError(error);
    }

    /// <summary>Waits until <paramref name="count"/> subscribers are listening (subscriptions start asynchronously).</summary>
    public async Task WaitForSubscribersAsync(int count = 1)
    {
        for (var i = 0; i < 500 && SubscriberCount < count; i++) await Task.Delay(10);
        Assert.True(SubscriberCount >= count, $"Expected {count} subscriber(s), have {SubscriberCount}.");
    }

    private sealed class Unsubscriber(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}

namespace Starlette.Testing.Support;

/// <summary>Reading an async stream in a test without hanging it.</summary>
public static class AsyncReading
{
    /// <summary>The default wait for <see cref="TakeAsync{T}"/>: 20 s.</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(20);

    /// <summary>Reads <paramref name="count"/> items, failing with a message that says how many came instead of hanging.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="reader">The enumerator (its next items are read).</param>
    /// <param name="count">How many to read.</param>
    /// <param name="timeout">How long all of them may take; default <see cref="DefaultTimeout"/>.</param>
    /// <returns>The items, in order.</returns>
    /// <exception cref="TimeoutException">Fewer arrived in time.</exception>
    /// <exception cref="InvalidOperationException">The stream ended first.</exception>
    public static async Task<List<T>> TakeAsync<T>(this IAsyncEnumerator<T> reader, int count, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var items = new List<T>(count);
        using var deadline = new CancellationTokenSource(timeout ?? DefaultTimeout);
        while (items.Count < count)
        {
            var next = reader.MoveNextAsync().AsTask();
            if (await Task.WhenAny(next, Task.Delay(Timeout.Infinite, deadline.Token)).ConfigureAwait(false) != next)
                throw new TimeoutException($"Only {items.Count} of {count} items arrived.");
            if (!await next.ConfigureAwait(false)) throw new InvalidOperationException($"The stream ended after {items.Count} of {count} items.");
            items.Add(reader.Current);
        }

        return items;
    }
}

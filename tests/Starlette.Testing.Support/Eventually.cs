namespace Starlette.Testing.Support;

/// <summary>Waiting for a condition that becomes true on another thread (a reconnect, a counter).</summary>
public static class Eventually
{
    /// <summary>Polls <paramref name="condition"/> every 20 ms until it holds.</summary>
    /// <param name="condition">The condition.</param>
    /// <param name="timeout">How long to wait; default 30 s.</param>
    /// <returns>A task that completes once it holds.</returns>
    /// <exception cref="TimeoutException">It did not hold in time.</exception>
    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var limit = timeout ?? TimeSpan.FromSeconds(30);
        var deadline = DateTime.UtcNow + limit;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"The condition did not hold within {limit.TotalSeconds:0.#} s.");
            await Task.Delay(20).ConfigureAwait(false);
        }
    }
}

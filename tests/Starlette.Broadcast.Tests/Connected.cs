namespace Starlette.Broadcast.Tests;

internal static class Connected
{
    /// <summary>A broadcast (in memory, or on <paramref name="backend"/>), connected.</summary>
    public static async Task<Broadcast> BroadcastAsync(BroadcastOptions? options = null, IBroadcastBackend? backend = null)
    {
        var broadcast = backend is null ? new Broadcast(options) : new Broadcast(backend, options);
        await broadcast.ConnectAsync();
        return broadcast;
    }
}

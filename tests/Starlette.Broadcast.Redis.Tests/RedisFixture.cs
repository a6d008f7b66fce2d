using Starlette.Testing.Support.External;

namespace Starlette.Broadcast.Redis.Tests;

/// <summary>One redis-server for a test class, started by the first test that asks (so a missing binary skips that test rather than failing the class).</summary>
public sealed class RedisFixture : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private RedisServer? _server;

    public async Task<RedisServer> GetAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _server ??= await RedisServer.StartAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>Stops the server by PID (xunit 2 calls this for a class fixture; it ignores <see cref="IAsyncDisposable"/>).</summary>
    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        _gate.Dispose();
    }
}

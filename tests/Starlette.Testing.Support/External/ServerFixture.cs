namespace Starlette.Testing.Support.External;

/// <summary>
/// One real server for a test class, started by the first test that asks (so a missing binary skips that test
/// rather than failing the class) and stopped by PID when the class is done. xunit 2 disposes a class fixture
/// through <see cref="IAsyncLifetime"/> (it ignores <see cref="IAsyncDisposable"/>).
/// </summary>
/// <typeparam name="TServer">The server, e.g. <see cref="RedisServer"/>.</typeparam>
/// <param name="start">Starts the server.</param>
public abstract class ServerFixture<TServer>(Func<Task<TServer>> start) : IAsyncLifetime
    where TServer : class, IAsyncDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private TServer? _server;

    /// <summary>The class's server, started on the first call.</summary>
    /// <returns>The running server.</returns>
    public async Task<TServer> GetAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _server ??= await start();
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        _gate.Dispose();
    }
}

using Starlette.Hosting;
using Starlette.Types;

namespace Starlette.Testing;

/// <summary>
/// A running lifespan (upstream's <c>with TestClient(app)</c> block): startup has completed; disposing it sends
/// <c>lifespan.shutdown</c> and waits for the app. An app that returns without answering the lifespan protocol is
/// taken not to use it. Exceptions the app throws during startup or shutdown reach the caller.
/// </summary>
public sealed class TestClientLifespan : IAsyncDisposable
{
    private readonly LifespanDriver _driver = new();

    private TestClientLifespan()
    {
    }

    /// <summary>Whether startup completed and shutdown has not run yet.</summary>
    public bool IsRunning => _driver.IsRunning;

    internal static async Task<TestClientLifespan> StartAsync(AsgiApp app, IDictionary<string, object?> state, CancellationToken cancellationToken)
    {
        var lifespan = new TestClientLifespan();
        await lifespan._driver.StartAsync(app, state, cancellationToken).ConfigureAwait(false);
        return lifespan;
    }

    /// <summary>Runs lifespan shutdown and waits for the app to return.</summary>
    /// <returns>A task that completes when shutdown has run.</returns>
    /// <exception cref="InvalidOperationException">Shutdown failed with the app's message.</exception>
    public ValueTask DisposeAsync() => new(_driver.ShutdownAsync(CancellationToken.None));
}

namespace Starlette.Routing;

/// <summary>
/// What a <see cref="Lifespan"/> startup hands back: the state merged into the lifespan scope's state (and so into
/// every request's) and the shutdown, run when the handle is disposed.
/// </summary>
public sealed class LifespanHandle : IAsyncDisposable
{
    private Func<ValueTask>? _shutdown;

    /// <summary>Creates the handle.</summary>
    /// <param name="state">The lifespan state, or <see langword="null"/> for none.</param>
    /// <param name="shutdown">Runs at shutdown, or <see langword="null"/> for nothing.</param>
    public LifespanHandle(IReadOnlyDictionary<string, object?>? state = null, Func<ValueTask>? shutdown = null)
    {
        State = state;
        _shutdown = shutdown;
    }

    /// <summary>The lifespan state, or <see langword="null"/>.</summary>
    public IReadOnlyDictionary<string, object?>? State { get; }

    /// <summary>Runs the shutdown (once).</summary>
    /// <returns>A task that completes when the shutdown has run.</returns>
    public ValueTask DisposeAsync()
    {
        var shutdown = Interlocked.Exchange(ref _shutdown, null);
        return shutdown is null ? ValueTask.CompletedTask : shutdown();
    }
}

namespace Starlette.Routing;

/// <summary>Ready-made <see cref="Lifespan"/>s.</summary>
public static class Lifespans
{
    /// <summary>
    /// A lifespan from startup and shutdown handlers, run in order (the <c>on_startup</c> / <c>on_shutdown</c> lists
    /// upstream has since removed, kept as a convenience).
    /// </summary>
    /// <param name="onStartup">Run at startup, in order.</param>
    /// <param name="onShutdown">Run at shutdown, in order.</param>
    /// <returns>The lifespan.</returns>
    public static Lifespan FromEvents(IEnumerable<Func<ValueTask>>? onStartup = null, IEnumerable<Func<ValueTask>>? onShutdown = null)
    {
        Func<ValueTask>[] startup = onStartup is null ? [] : [.. onStartup];
        Func<ValueTask>[] shutdown = onShutdown is null ? [] : [.. onShutdown];
        return async _ =>
        {
            foreach (var handler in startup) await handler().ConfigureAwait(false);
            return new LifespanHandle(shutdown: async () =>
            {
                foreach (var handler in shutdown) await handler().ConfigureAwait(false);
            });
        };
    }

    /// <summary>A lifespan whose startup only provides state.</summary>
    /// <param name="state">Builds the state at startup.</param>
    /// <returns>The lifespan.</returns>
    public static Lifespan FromState(Func<IReadOnlyDictionary<string, object?>> state)
    {
        ArgumentNullException.ThrowIfNull(state);
        return _ => ValueTask.FromResult<LifespanHandle?>(new LifespanHandle(state()));
    }
}

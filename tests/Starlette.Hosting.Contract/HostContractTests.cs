using Starlette.Types;

namespace Starlette.Hosting.Contract;

/// <summary>
/// The host-contract suite. A host's test project derives from it and implements <see cref="StartAsync"/>; every
/// test then runs against that host. Apps are raw contract apps; nothing here knows which host runs them.
/// </summary>
public abstract partial class HostContractTests
{
    /// <summary>A bound on waiting for something that should happen promptly: liveness, not a timing assertion.</summary>
    protected static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    /// <summary>Starts <paramref name="app"/> on the host (running lifespan startup); exceptions before the response become 500s.</summary>
    protected abstract Task<ContractHost> StartAsync(AsgiApp app);

    /// <summary>Serves a plain app that ignores lifespan.</summary>
    protected Task<ContractHost> StartHttpAsync(Func<Scope, Receive, Send, ValueTask> handler) =>
        StartAsync((scope, receive, send) => scope.Type == ScopeType.Lifespan ? Apps.LifespanAsync(receive, send) : handler(scope, receive, send));
}

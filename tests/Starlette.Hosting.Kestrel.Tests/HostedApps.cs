using Starlette.Hosting.Contract;
using Starlette.Types;

namespace Starlette.Hosting.Kestrel.Tests;

/// <summary>Small apps and the patience the server tests share.</summary>
internal static class HostedApps
{
    /// <summary>How long a test waits for what should happen at once (generous: a loaded 2-core machine).</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(15);

    /// <summary>An app that answers lifespan and hands HTTP and WebSocket scopes to <paramref name="handler"/>.</summary>
    public static AsgiApp Http(Func<Scope, Receive, Send, ValueTask> handler) =>
        (scope, receive, send) => scope.Type == ScopeType.Lifespan ? Apps.LifespanAsync(receive, send) : handler(scope, receive, send);

    /// <summary>An app that answers every request with the text <paramref name="render"/> makes of its scope.</summary>
    public static AsgiApp Text(Func<Scope, string> render) => Http((scope, receive, send) => Apps.TextAsync(send, render(scope)));
}

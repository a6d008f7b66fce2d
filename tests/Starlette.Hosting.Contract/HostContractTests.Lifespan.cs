using Starlette.Types;

namespace Starlette.Hosting.Contract;

public abstract partial class HostContractTests
{
    [Fact]
    public async Task Lifespan_StateSetAtStartup_ReachesRequestsAsCopy()
    {
        var shutdown = false;
        AsgiApp app = async (scope, receive, send) =>
        {
            if (scope.Type == ScopeType.Lifespan)
            {
                await Apps.LifespanAsync(receive, send, startup: () => scope.State!["db"] = "connected", shutdown: () => shutdown = true);
                return;
            }

            scope.State!["db"] = "changed by a request";
            await Apps.TextAsync(send, "ok");
        };

        var host = await StartAsync(app);
        await host.Client.GetStringAsync("/");
        var second = await host.Client.GetStringAsync("/");
        Assert.False(shutdown);
        await host.DisposeAsync();

        Assert.Equal("ok", second);
        Assert.True(shutdown);
    }

    [Fact]
    public async Task Lifespan_StateCopy_IsWhatStartupStored()
    {
        AsgiApp app = async (scope, receive, send) =>
        {
            if (scope.Type == ScopeType.Lifespan)
                await Apps.LifespanAsync(receive, send, startup: () => scope.State!["db"] = "connected");
            else
                await Apps.TextAsync(send, (string)scope.State!["db"]!);
        };

        await using var host = await StartAsync(app);

        Assert.Equal("connected", await host.Client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Lifespan_StartupFails_StartThrowsWithAppMessage()
    {
        AsgiApp app = async (scope, receive, send) =>
        {
            await receive();
            await send(new LifespanStartupFailedMessage("database unreachable"));
        };

        var error = await Assert.ThrowsAnyAsync<Exception>(() => StartAsync(app));

        Assert.Contains("database unreachable", error.Message, StringComparison.Ordinal);
    }
}

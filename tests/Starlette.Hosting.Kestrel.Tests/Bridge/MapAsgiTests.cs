using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Starlette.Hosting.Contract;
using Starlette.Types;

namespace Starlette.Hosting.Kestrel.Tests;

public class MapAsgiTests
{
    [Fact]
    public async Task MapAsgi_UnderPrefix_ServesAppWithRootPathAndLifespanState()
    {
        var shutdown = false;
        AsgiApp legacy = async (scope, receive, send) =>
        {
            if (scope.Type == ScopeType.Lifespan)
            {
                await Apps.LifespanAsync(receive, send, () => scope.State!["ready"] = "yes", () => shutdown = true);
                return;
            }

            await Apps.TextAsync(send, $"{scope.RootPath} {scope.Path} {scope.QueryString} {scope.State?["ready"]}");
        };
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0));
        await using var web = builder.Build();
        web.MapGet("/native", () => "from ASP.NET Core");
        web.MapAsgi("/legacy", legacy);
        await web.StartAsync();
        var address = web.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(address) };

        Assert.Equal("from ASP.NET Core", await client.GetStringAsync("/native"));
        Assert.Equal("/legacy /legacy/users/1 x=1 yes", await client.GetStringAsync("/legacy/users/1?x=1"));
        Assert.Equal("/legacy /legacy  yes", await client.GetStringAsync("/legacy"));

        await web.StopAsync();
        Assert.True(shutdown);
    }
}

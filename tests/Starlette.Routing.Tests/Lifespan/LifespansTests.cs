using Starlette.Responses;
using Starlette.Testing;

namespace Starlette.Routing.Tests;

public class LifespansTests
{
    [Fact]
    public async Task FromState_BuiltAtStartup_IsCopiedIntoEveryRequest()
    {
        var built = 0;
        var lifespan = Lifespans.FromState(() =>
        {
            built++;
            return new Dictionary<string, object?> { ["greeting"] = "hello" };
        });
        var app = new Router([new Route("/", request => new PlainTextResponse((string)request.Scope.State!["greeting"]!))], lifespan: lifespan);
        using var client = new TestClient(app);

        await using (await client.StartLifespanAsync())
        {
            Assert.Equal("hello", await client.GetStringAsync("/"));
            Assert.Equal("hello", await client.GetStringAsync("/"));
        }

        Assert.Equal(1, built);
        Assert.Throws<ArgumentNullException>(() => Lifespans.FromState(null!));
    }
}

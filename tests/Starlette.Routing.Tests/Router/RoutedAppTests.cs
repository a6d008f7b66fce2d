using Starlette.Types;
using static Starlette.Routing.Tests.TestApps;

namespace Starlette.Routing.Tests;

public class RoutedAppTests
{
    private sealed class FakeApplication(Routing.Router router) : IRoutedApp
    {
        public IReadOnlyList<BaseRoute> Routes => router.Routes;

        public ValueTask InvokeAsync(Scope scope, Receive receive, Send send) => router.InvokeAsync(scope, receive, send);
    }

    [Fact]
    public void UrlPathFor_MountedOrHostedRoutedApp_ResolvesChildNames()
    {
        var app = new FakeApplication(new Routing.Router([new Route("/{id:int}", Ok, name: "item")]));
        var router = new Routing.Router([new Mount("/items", app, name: "items"), new Host("api.example.org", app, name: "api")]);
        Assert.Equal("/items/3", router.UrlPathFor("items:item", Params(("id", 3))).Path);
        var hosted = router.UrlPathFor("api:item", Params(("id", 4)));
        Assert.Equal("api.example.org", hosted.Host);
        Assert.Equal("/4", hosted.Path);
    }
}

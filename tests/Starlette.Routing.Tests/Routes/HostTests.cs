using System.Net;
using System.Text.Json.Nodes;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Testing;
using Starlette.Types;
using static Starlette.Routing.Tests.TestApps;

namespace Starlette.Routing.Tests;

public class HostTests
{
    private static Response UsersApi(Request request) => new JsonResponse(JsonNode.Parse("""{"users":[{"username":"tom"}]}"""));

    private static readonly Routing.Router MixedHostsApp = new(
    [
        new Host("www.example.org", new Routing.Router([new Route("/", Homepage, name: "homepage"), new Route("/users", Users, name: "users")])),
        new Host("api.example.org", new Routing.Router([new Route("/users", UsersApi, name: "users")]), name: "api"),
        new Host("port.example.org:3600", new Routing.Router([new Route("/", Homepage, name: "homepage")]), name: "port"),
    ]);

    private static readonly Routing.Router SubdomainRouter = new(
    [
        new Host("{subdomain}.example.org", (scope, receive, send) =>
            new JsonResponse(new JsonObject { ["subdomain"] = (string?)scope.PathParams["subdomain"] }).ExecuteAsync(scope, receive, send), name: "subdomains"),
    ]);

    private static TestClient Client(AsgiApp app, string baseUrl) => new(app, new TestClientOptions { BaseAddress = new Uri(baseUrl) });

    [Fact]
    public async Task Matches_HostHeader_RoutesPerHostIgnoringPort()
    {
        using (var client = Client(MixedHostsApp, "https://api.example.org/"))
        {
            var response = await client.GetAsync("/users");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("""{"users":[{"username":"tom"}]}""", await response.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/")).StatusCode);
        }

        using (var client = Client(MixedHostsApp, "https://www.example.org/"))
        {
            var response = await client.GetAsync("/users");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("All users", await response.Content.ReadAsStringAsync());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }

        using (var client = Client(MixedHostsApp, "https://port.example.org:3600/"))
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/users")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }

        using (var client = Client(MixedHostsApp, "https://port.example.org/"))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }

        using (var client = Client(MixedHostsApp, "https://port.example.org:5600/"))
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        }
    } // upstream test_host_routing

    [Fact]
    public void UrlPathFor_HostRoutes_ReturnAbsoluteHostPaths()
    {
        Assert.Equal("https://www.example.org/", MixedHostsApp.UrlPathFor("homepage").MakeAbsoluteUrl("https://whatever").ToString());
        Assert.Equal("https://www.example.org/users", MixedHostsApp.UrlPathFor("users").MakeAbsoluteUrl("https://whatever").ToString());
        Assert.Equal("https://api.example.org/users", MixedHostsApp.UrlPathFor("api:users").MakeAbsoluteUrl("https://whatever").ToString());
        Assert.Equal("https://port.example.org:3600/", MixedHostsApp.UrlPathFor("port:homepage").MakeAbsoluteUrl("https://whatever").ToString());
        Assert.Throws<NoMatchFoundException>(() => MixedHostsApp.UrlPathFor("api", Params(("path", "whatever"), ("foo", "bar"))));
    } // upstream test_host_reverse_urls

    [Fact]
    public async Task Matches_SubdomainParam_IsAPathParam()
    {
        using var client = Client(SubdomainRouter, "https://foo.example.org/");
        var response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"subdomain":"foo"}""", await response.Content.ReadAsStringAsync());
    } // upstream test_subdomain_routing

    [Fact]
    public void UrlPathFor_SubdomainHost_FillsHostAndPath()
    {
        Assert.Equal(
            "https://foo.example.org/homepage",
            SubdomainRouter.UrlPathFor("subdomains", Params(("subdomain", "foo"), ("path", "/homepage"))).MakeAbsoluteUrl("https://whatever").ToString());
    } // upstream test_subdomain_reverse_urls

    [Fact]
    public void ToString_Host_DescribesLikeUpstreamRepr()
    {
        var unnamed = new Host("example.com", new Routing.Router([new Route("/", Homepage)]));
        Assert.StartsWith("Host(host='example.com', name='', app=", unnamed.ToString(), StringComparison.Ordinal);
        var named = new Host("example.com", new Routing.Router([new Route("/", Homepage)]), name: "app");
        Assert.StartsWith("Host(host='example.com', name='app', app=", named.ToString(), StringComparison.Ordinal);
    } // upstream test_host_repr, test_host_named_repr

    [Fact]
    public void Constructor_PathLikeHost_Throws()
    {
        Assert.Equal("Host must not start with '/'", Assert.Throws<ArgumentException>(() => new Host("/x", Ok)).Message.Split(" (")[0]);
    }
}

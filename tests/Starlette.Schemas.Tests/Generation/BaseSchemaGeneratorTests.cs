using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Types;

namespace Starlette.Schemas.Tests.Generation;

public sealed class BaseSchemaGeneratorTests
{
    private static readonly SchemaGenerator Generator = new(new Dictionary<string, object?>());

    [OpenApi("summary: Hi")]
    private static Response Documented(Request request) => throw new NotSupportedException();

    [OpenApi("responses: [unclosed")]
    private static Response Broken(Request request) => throw new NotSupportedException();

    [OpenApi("")]
    private static Response EmptyDoc(Request request) => throw new NotSupportedException();

    private static Response Plain(Request request) => throw new NotSupportedException();

    [OpenApi("summary: raw app")]
    private static ValueTask RawApp(Scope scope, Receive receive, Send send) => throw new NotSupportedException();

    [Fact]
    public void GetEndpoints_FunctionWithSeveralMethods_OneEntryEachWithoutHead()
    {
        var endpoints = Generator.GetEndpoints([new Route("/items/{id:uuid}/{rest:path}", Documented, methods: ["get", "POST"])]);

        Assert.Equal(["get", "post"], endpoints.Select(e => e.HttpMethod));
        Assert.All(endpoints, e => Assert.Equal("/items/{id}/{rest}", e.Path));
    }

    [Fact]
    public void GetEndpoints_AppRouteWithoutMethods_IsListedAsGet()
    {
        var endpoints = Generator.GetEndpoints([new Route("/raw", RawApp)]);

        var endpoint = Assert.Single(endpoints);
        Assert.Equal(new EndpointInfo("/raw", "get", endpoint.Func), endpoint);
        var paths = (IDictionary<string, object?>)Generator.GetSchema([new Route("/raw", RawApp)])["paths"]!;
        var operation = (IDictionary<object, object?>)((IDictionary<string, object?>)paths["/raw"]!)["get"]!;
        Assert.Equal("raw app", operation["summary"]);
    }

    [Fact]
    public void GetEndpoints_MountWithConvertorAndUnroutedApp_PrefixesAndSkips()
    {
        AsgiApp opaque = RawApp;
        var endpoints = Generator.GetEndpoints(
        [
            new Mount("/orgs/{org:int}", [new Route("/users", Documented), new Mount("/deep", [new Route("/x", Documented)])]),
            new Mount("/static", opaque),
            new Route("/hidden", Documented, includeInSchema: false),
        ]);

        Assert.Equal(["/orgs/{org}/users", "/orgs/{org}/deep/x"], endpoints.Select(e => e.Path));
    }

    [Fact]
    public void GetSchema_HandlerWithoutOrWithEmptyAttribute_IsLeftOut()
    {
        var schema = Generator.GetSchema([new Route("/plain", Plain), new Route("/empty", EmptyDoc)]);

        Assert.Empty((IDictionary<string, object?>)schema["paths"]!);
    }

    [Fact]
    public void GetSchema_InvalidYaml_ThrowsNamingTheHandler()
    {
        var error = Assert.Throws<FormatException>(() => Generator.GetSchema([new Route("/broken", Broken)]));

        Assert.Contains("Broken", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void OpenApiResponse_AppWithoutRoutes_ThrowsClearly()
    {
        var scope = new Scope(ScopeType.Http);
        scope.Items["app"] = new object();

        var error = Assert.Throws<InvalidOperationException>(() => Generator.OpenApiResponse(new Request(scope)));
        Assert.Contains("IRoutedApp", error.Message, StringComparison.Ordinal);
    }
}

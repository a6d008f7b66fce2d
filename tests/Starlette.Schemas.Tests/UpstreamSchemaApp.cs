using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.WebSockets;

namespace Starlette.Schemas.Tests;

/// <summary>The app of upstream's tests/test_schemas.py: docstrings become [OpenApi] attributes.</summary>
internal static class UpstreamSchemaApp
{
    public static readonly SchemaGenerator Schemas = new(new Dictionary<string, object?>
    {
        ["openapi"] = "3.0.0",
        ["info"] = new Dictionary<string, object?> { ["title"] = "Example API", ["version"] = "1.0" },
    });

    public static StarletteApp Create()
    {
        var subapp = new StarletteApp(routes: [new Route("/subapp-endpoint", SubappEndpoint)]);
        return new StarletteApp(routes:
        [
            new WebSocketRoute("/ws", Ws),
            new Route("/users/{id:int}", GetUser, methods: ["GET"]),
            new Route("/users", ListUsers, methods: ["GET", "HEAD"]),
            new Route("/users", [OpenApi("""
                responses:
                  200:
                    description: A user.
                    examples:
                      {"username": "tom"}
                """)] (Request request) => NotCalled(request), methods: ["POST"]),
            new Route("/orgs", new OrganisationsEndpoint()),
            new Route("/regular-docstring-and-schema", RegularDocstringAndSchema),
            new Route("/regular-docstring", RegularDocstring),
            new Route("/no-docstring", NoDocstring),
            new Route("/schema", Schema, methods: ["GET"], includeInSchema: false),
            new Mount("/subapp", (IRoutedApp)subapp),
            new Host("sub.domain.com", new Router([new Mount("/subapp2", (IRoutedApp)subapp)])),
        ]);
    }

    [OpenApi("ws")]
    private static ValueTask Ws(WebSocket session) => throw new NotSupportedException();

    [OpenApi("""
        responses:
            200:
                description: A user.
                examples:
                    {"username": "tom"}
        """)]
    private static Response GetUser(Request request) => NotCalled(request);

    [OpenApi("""
        responses:
          200:
            description: A list of users.
            examples:
              [{"username": "tom"}, {"username": "lucy"}]
        """)]
    private static Response ListUsers(Request request) => NotCalled(request);

    [OpenApi("""
        This a regular docstring example (not included in schema)

        ---

        responses:
          200:
            description: This is included in the schema.
        """)]
    private static Response RegularDocstringAndSchema(Request request) => NotCalled(request);

    [OpenApi("""
        This a regular docstring example (not included in schema)
        """)]
    private static Response RegularDocstring(Request request) => NotCalled(request);

    private static Response NoDocstring(Request request) => NotCalled(request);

    [OpenApi("""
        responses:
          200:
            description: This endpoint is part of a subapp.
        """)]
    private static Response SubappEndpoint(Request request) => NotCalled(request);

    private static Response Schema(Request request) => Schemas.OpenApiResponse(request);

    private static Response NotCalled(Request request) => throw new NotSupportedException();

    private sealed class OrganisationsEndpoint : HttpEndpoint
    {
        public OrganisationsEndpoint()
        {
            Get(List);
            Post(Create);
        }

        [OpenApi("""
            responses:
              200:
                description: A list of organisations.
                examples:
                  [{"name": "Foo Corp."}, {"name": "Acme Ltd."}]
            """)]
        private static Response List(Request request) => NotCalled(request);

        [OpenApi("""
            responses:
              200:
                description: An organisation.
                examples:
                  {"name": "Foo Corp."}
            """)]
        private static ValueTask<Response> Create(Request request) => throw new NotSupportedException();
    }
}

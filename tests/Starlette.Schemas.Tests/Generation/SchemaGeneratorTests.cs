using Starlette.Testing;
using static Starlette.Schemas.Tests.Tree;

namespace Starlette.Schemas.Tests.Generation;

/// <summary>Upstream's tests/test_schemas.py.</summary>
public sealed class SchemaGeneratorTests
{
    private const string ExpectedSchema = """
        info:
          title: Example API
          version: '1.0'
        openapi: 3.0.0
        paths:
          /orgs:
            get:
              responses:
                200:
                  description: A list of organisations.
                  examples:
                  - name: Foo Corp.
                  - name: Acme Ltd.
            post:
              responses:
                200:
                  description: An organisation.
                  examples:
                    name: Foo Corp.
          /regular-docstring-and-schema:
            get:
              responses:
                200:
                  description: This is included in the schema.
          /subapp/subapp-endpoint:
            get:
              responses:
                200:
                  description: This endpoint is part of a subapp.
          /subapp2/subapp-endpoint:
            get:
              responses:
                200:
                  description: This endpoint is part of a subapp.
          /users:
            get:
              responses:
                200:
                  description: A list of users.
                  examples:
                  - username: tom
                  - username: lucy
            post:
              responses:
                200:
                  description: A user.
                  examples:
                    username: tom
          /users/{id}:
            get:
              responses:
                200:
                  description: A user.
                  examples:
                    username: tom
        """;

    [Fact]
    public void GetSchema_UpstreamApp_MatchesUpstreamDict() // upstream test_schema_generation
    {
        var schema = UpstreamSchemaApp.Schemas.GetSchema(UpstreamSchemaApp.Create().Routes);

        static Dictionary<object, object?> Op(string description, object? examples = null) =>
            Map(("responses", Map((200, examples is null ? Map(("description", description)) : Map(("description", description), ("examples", examples))))));

        var expected = Map(
            ("openapi", "3.0.0"),
            ("info", Map(("title", "Example API"), ("version", "1.0"))),
            ("paths", Map(
                ("/orgs", Map(
                    ("get", Op("A list of organisations.", List(Map(("name", "Foo Corp.")), Map(("name", "Acme Ltd."))))),
                    ("post", Op("An organisation.", Map(("name", "Foo Corp.")))))),
                ("/regular-docstring-and-schema", Map(("get", Op("This is included in the schema.")))),
                ("/subapp/subapp-endpoint", Map(("get", Op("This endpoint is part of a subapp.")))),
                ("/subapp2/subapp-endpoint", Map(("get", Op("This endpoint is part of a subapp.")))),
                ("/users", Map(
                    ("get", Op("A list of users.", List(Map(("username", "tom")), Map(("username", "lucy"))))),
                    ("post", Op("A user.", Map(("username", "tom")))))),
                ("/users/{id}", Map(("get", Op("A user.", Map(("username", "tom")))))))));

        Equal(expected, schema);
        // Python dicts keep insertion order: the base schema's keys, then paths in route order.
        Assert.Equal(["openapi", "info", "paths"], schema.Keys);
        Assert.Equal(
            ["/users/{id}", "/users", "/orgs", "/regular-docstring-and-schema", "/subapp/subapp-endpoint", "/subapp2/subapp-endpoint"],
            ((Dictionary<string, object?>)schema["paths"]!).Keys);
    }

    [Fact]
    public async Task OpenApiResponse_SchemaRoute_ServesUpstreamYaml() // upstream test_schema_endpoint
    {
        using var client = new TestClient(UpstreamSchemaApp.Create());

        var response = await client.GetAsync("/schema");

        Assert.Equal("application/vnd.oai.openapi", response.Content.Headers.ContentType!.ToString());
        // Upstream's text is PyYAML's layout: the same document is what counts.
        Tree.Equal(OpenApiYaml.Load(ExpectedSchema), OpenApiYaml.Load(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task OpenApiJsonResponse_SchemaRoute_ServesJsonWithStringKeys()
    {
        var app = UpstreamSchemaApp.Create();
        app.Routes.Add(new Routing.Route("/schema.json", UpstreamSchemaApp.Schemas.OpenApiJsonResponse, includeInSchema: false));
        using var client = new TestClient(app);

        var response = await client.GetAsync("/schema.json");
        var json = System.Text.Json.Nodes.JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("A user.", (string?)json["paths"]!["/users/{id}"]!["get"]!["responses"]!["200"]!["description"]);
        Assert.Equal("lucy", (string?)json["paths"]!["/users"]!["get"]!["responses"]!["200"]!["examples"]![1]!["username"]);
    }

    [Fact]
    public void GetSchema_BaseSchemaWithoutPaths_IsNotChanged()
    {
        var baseSchema = new Dictionary<string, object?> { ["openapi"] = "3.0.0" };
        var schemas = new SchemaGenerator(baseSchema);

        var schema = schemas.GetSchema([]);

        Assert.Equal(["openapi"], baseSchema.Keys);
        Assert.Empty((Dictionary<string, object?>)schema["paths"]!);
        Tree.Equal(OpenApiYaml.Load("openapi: 3.0.0\npaths: {}\n"), OpenApiYaml.Load(OpenApiYaml.Dump(schema)));
    }

    [Fact]
    public void GetSchema_BaseSchemaWithPaths_KeepsThemWithoutWritingToThem()
    {
        var given = new Dictionary<string, object?> { ["/health"] = new Dictionary<string, object?> { ["get"] = "documented by hand" } };
        var baseSchema = new Dictionary<string, object?> { ["openapi"] = "3.0.0", ["paths"] = given };
        var schemas = new SchemaGenerator(baseSchema);

        var first = schemas.GetSchema(UpstreamSchemaApp.Create().Routes);
        var second = schemas.GetSchema(UpstreamSchemaApp.Create().Routes);

        Assert.Equal(["/health"], given.Keys);
        Assert.Equal(["get"], ((Dictionary<string, object?>)given["/health"]!).Keys);
        foreach (var schema in new[] { first, second })
        {
            var paths = (Dictionary<string, object?>)schema["paths"]!;
            Assert.Equal("/health", paths.Keys.First());
            Assert.Contains("/users", paths.Keys);
        }

        Assert.NotSame(first["paths"], second["paths"]);
    }
}

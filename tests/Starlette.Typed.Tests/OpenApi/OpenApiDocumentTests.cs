using System.ComponentModel.DataAnnotations;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using static Starlette.Typed.Tests.Harness;

namespace Starlette.Typed.Tests.OpenApi;

public class OpenApiDocumentTests
{
    private static TypedApi Api()
    {
        var api = new TypedApi(new TypedApiOptions { Title = "Todos", Version = "2.0.0", Description = "A test API." });
        api.Get("/todos", ([Range(1, 100)][System.ComponentModel.DefaultValue(20)] int limit, string? q) => new List<Todo>()).WithName("list_todos").WithTags("todos").WithSummary("List todos", "Every todo.");
        api.Get("/todos/{id:int}", (int id) => new Todo("x")).Produces(404, "No such todo.", typeof(ProblemDetails)).WithTags("todos");
        api.Post("/todos", (TodoInput input, [FromHeader("X-Request-Id")] string? requestId) => new Todo(input.Title)).WithStatusCode(201);
        api.Delete("/todos/{id:int}", (int id) => new Starlette.Responses.Response(statusCode: 204)).Produces(204, "Deleted.");
        api.Get("/events", (int count) => Events(count));
        api.Get("/hidden", () => 1).ExcludeFromDescription();
        return api;
    }

    [Fact]
    public async Task OpenApiJson_IsOpenApi31AndLoadsWithoutErrors()
    {
        using var client = Client(Api());

        var response = await client.GetAsync("/openapi.json");
        var text = await response.Content.ReadAsStringAsync();
        var (document, diagnostic) = OpenApiDocument.Parse(text, "json", new OpenApiReaderSettings());

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Empty(diagnostic!.Errors);
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, diagnostic.SpecificationVersion);
        Assert.Equal("Todos", document!.Info.Title);
        Assert.Equal(["/events", "/todos", "/todos/{id}"], document.Paths.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task OpenApiYaml_LoadsWithoutErrorsAndMatchesJson()
    {
        using var client = Client(Api());

        var yaml = await client.GetAsync("/openapi.yaml");
        var settings = new OpenApiReaderSettings();
        settings.TryAddReader("yaml", new Microsoft.OpenApi.YamlReader.OpenApiYamlReader());
        var (document, diagnostic) = OpenApiDocument.Parse(await yaml.Content.ReadAsStringAsync(), "yaml", settings);

        Assert.Equal("application/yaml", yaml.Content.Headers.ContentType!.MediaType);
        Assert.Empty(diagnostic!.Errors);
        Assert.Equal(3, document!.Paths.Count);
    }

    [Fact]
    public async Task OpenApiJson_DescribesParametersBodiesResponsesAndProblems()
    {
        using var client = Client(Api());
        var doc = JsonDocument.Parse(await client.GetStringAsync("/openapi.json")).RootElement;
        var paths = doc.GetProperty("paths");

        Assert.StartsWith("3.1.", doc.GetProperty("openapi").GetString());
        var list = paths.GetProperty("/todos").GetProperty("get");
        Assert.Equal("list_todos", list.GetProperty("operationId").GetString());
        Assert.Equal("List todos", list.GetProperty("summary").GetString());
        var limit = list.GetProperty("parameters")[0];
        Assert.Equal("limit", limit.GetProperty("name").GetString());
        Assert.Equal("query", limit.GetProperty("in").GetString());
        Assert.Equal(20, limit.GetProperty("schema").GetProperty("default").GetInt32());
        Assert.Equal(100, limit.GetProperty("schema").GetProperty("maximum").GetInt32());
        Assert.Equal("#/components/schemas/Todo", list.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("items").GetProperty("$ref").GetString());

        var get = paths.GetProperty("/todos/{id}").GetProperty("get");
        var id = get.GetProperty("parameters")[0];
        Assert.Equal("path", id.GetProperty("in").GetString());
        Assert.True(id.GetProperty("required").GetBoolean());
        Assert.Equal("integer", id.GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal("get_todos_id", get.GetProperty("operationId").GetString());
        Assert.Equal("#/components/schemas/ProblemDetails", get.GetProperty("responses").GetProperty("404").GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.True(get.GetProperty("responses").TryGetProperty("422", out _));

        var post = paths.GetProperty("/todos").GetProperty("post");
        Assert.Equal("x-request-id", post.GetProperty("parameters")[0].GetProperty("name").GetString());
        Assert.Equal("header", post.GetProperty("parameters")[0].GetProperty("in").GetString());
        Assert.True(post.GetProperty("requestBody").GetProperty("required").GetBoolean());
        Assert.Equal(["201", "400", "415", "422"], post.GetProperty("responses").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));

        var events = paths.GetProperty("/events").GetProperty("get").GetProperty("responses").GetProperty("200").GetProperty("content");
        Assert.True(events.TryGetProperty("text/event-stream", out _));
        Assert.False(paths.TryGetProperty("/hidden", out _));
    }

    [Fact]
    public async Task OpenApiJson_ComponentSchemasCarryRequiredNullabilityAndConstraints()
    {
        using var client = Client(Api());
        var schemas = JsonDocument.Parse(await client.GetStringAsync("/openapi.json")).RootElement.GetProperty("components").GetProperty("schemas");

        var input = schemas.GetProperty("TodoInput");
        Assert.Contains("title", input.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.DoesNotContain("note", input.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(20, input.GetProperty("properties").GetProperty("title").GetProperty("maxLength").GetInt32());
        Assert.Equal(2, input.GetProperty("properties").GetProperty("title").GetProperty("minLength").GetInt32());
        Assert.Equal(5, input.GetProperty("properties").GetProperty("priority").GetProperty("maximum").GetInt32());
        var problem = schemas.GetProperty("ProblemDetails");
        Assert.True(problem.GetProperty("properties").TryGetProperty("errors", out _));
        Assert.True(schemas.TryGetProperty("Todo", out _));
    }

    [Fact]
    public async Task Docs_ServesSwaggerUiPagePointingAtTheDocument()
    {
        var api = new TypedApi(new TypedApiOptions { Title = "<Todos>", SwaggerUiUrl = "/static/swagger/" });
        api.Get("/x", () => 1);
        using var client = Client(api);

        var response = await client.GetAsync("/docs");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("<title>&lt;Todos&gt; - Swagger UI</title>", html);
        Assert.Contains("href=\"/static/swagger/swagger-ui.css\"", html);
        Assert.Contains("src=\"/static/swagger/swagger-ui-bundle.js\"", html);
        Assert.Contains("data-openapi-url=\"/openapi.json\"", html);
        Assert.Contains("<script src=\"/docs/swagger-initializer.js\"></script>", html);
        Assert.DoesNotContain("<script>", html); // no inline script: a CSP of script-src 'self' allows the page
    }

    [Fact]
    public async Task Docs_Initializer_StartsSwaggerUiWithThePagesDocumentUrl()
    {
        var api = new TypedApi();
        api.Get("/x", () => 1);
        using var client = Client(api);

        var response = await client.GetAsync("/docs/swagger-initializer.js");
        var script = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/javascript", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("SwaggerUIBundle({ url: root.dataset.openapiUrl", script);
    }

    [Fact]
    public async Task Mounted_DocumentAndPage_UseTheMountPrefix()
    {
        var api = new TypedApi();
        api.Get("/items/{id:int}", (int id) => id);
        using var client = new Starlette.Testing.TestClient(new StarletteApp(routes: [new Starlette.Routing.Mount("/api", api)]).ToApp());

        var mounted = await BodyAsync(await client.GetAsync("/api/openapi.json"));
        var html = await client.GetStringAsync("/api/docs");
        using var root = Client(api);
        var unmounted = await BodyAsync(await root.GetAsync("/openapi.json"));

        Assert.Equal("/api", mounted.GetProperty("servers")[0].GetProperty("url").GetString());
        Assert.True(mounted.GetProperty("paths").TryGetProperty("/items/{id}", out _));
        Assert.False(unmounted.TryGetProperty("servers", out _));
        Assert.Contains("data-openapi-url=\"/api/openapi.json\"", html);
        Assert.Contains("src=\"/api/docs/swagger-initializer.js\"", html);
        Assert.Equal("7", await client.GetStringAsync("/api/items/7"));
    }

    [Fact]
    public async Task Options_NullPaths_ServeNoDocumentOrPage()
    {
        var api = new TypedApi(new TypedApiOptions { OpenApiPath = null });
        api.Get("/x", () => 1);
        using var client = Client(api);

        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/openapi.json")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await client.GetAsync("/docs")).StatusCode);
    }

    private static async IAsyncEnumerable<Todo> Events(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        for (var i = 0; i < count; i++) yield return new Todo("e");
    }
}

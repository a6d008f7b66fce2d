using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Starlette.Testing;
using TodoApi;
using static Starlette.Typed.Tests.Harness;

namespace Starlette.Typed.Tests.Example;

/// <summary>examples/TodoApi through the TestClient: the whole API as a client sees it.</summary>
public class TodoApiTests
{
    private static TestClient Client()
    {
        var services = new ServiceCollection().AddSingleton<TodoStore>().BuildServiceProvider();
        return new TestClient(new StarletteApp(routes: TodoEndpoints.Create(services).Routes).ToApp());
    }

    [Fact]
    public async Task Todos_CreateReadReplaceListDelete_RoundTrip()
    {
        using var client = Client();

        var created = await client.PostAsync("/todos", Json("""{"title":"milk"}"""));
        var second = await client.PostAsync("/todos", Json("""{"title":"eggs","done":true}"""));
        var replaced = await client.PutAsync("/todos/1", Json("""{"title":"oat milk","done":true}"""));
        var list = await client.GetStringAsync("/todos?done=true&limit=10");
        var deleted = await client.DeleteAsync("/todos/2");
        var gone = await client.GetAsync("/todos/2");

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("""{"id":1,"title":"milk","done":false}""", await created.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, second.StatusCode);
        Assert.Equal("""{"id":1,"title":"oat milk","done":true}""", await replaced.Content.ReadAsStringAsync());
        Assert.Equal("""[{"id":1,"title":"oat milk","done":true},{"id":2,"title":"eggs","done":true}]""", list);
        Assert.Equal(HttpStatusCode.NoContent, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        Assert.Equal("Todo 2 does not exist.", (await BodyAsync(gone)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Todos_InvalidInput_AnswersProblemDetails()
    {
        using var client = Client();

        var empty = await BodyAsync(await client.PostAsync("/todos", Json("""{"title":""}""")));
        var missing = await BodyAsync(await client.PostAsync("/todos", Json("""{"done":1}""")));
        var limit = await client.GetAsync("/todos?limit=1000");
        var malformed = await client.PostAsync("/todos", Json("{"));
        var text = await client.PostAsync("/todos", Json("title=milk", "application/x-www-form-urlencoded"));

        Assert.Equal(["body:#/title"], ErrorKeys(empty));
        Assert.Equal(["body:#/done"], ErrorKeys(missing));
        Assert.Equal(HttpStatusCode.UnprocessableContent, limit.StatusCode);
        Assert.Equal(["query:limit"], ErrorKeys(await BodyAsync(limit)));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.UnsupportedMediaType, text.StatusCode);
    }

    [Fact]
    public async Task Todos_Stream_SendsEveryTodoAsAnEvent()
    {
        using var client = Client();
        await client.PostAsync("/todos", Json("""{"title":"a"}"""));
        await client.PostAsync("/todos", Json("""{"title":"b"}"""));

        var stream = await client.GetStringAsync("/todos/stream");

        Assert.Equal("data: {\"id\":1,\"title\":\"a\",\"done\":false}\r\n\r\ndata: {\"id\":2,\"title\":\"b\",\"done\":false}\r\n\r\n", stream);
    }

    [Fact]
    public async Task OpenApi_DocumentOfTheExample_LoadsWithoutErrors()
    {
        using var client = Client();

        var (document, diagnostic) = OpenApiDocument.Parse(await client.GetStringAsync("/openapi.json"), "json", new OpenApiReaderSettings());

        Assert.Empty(diagnostic!.Errors);
        Assert.Equal("Todo API", document!.Info.Title);
        Assert.Equal(["/todos", "/todos/stream", "/todos/{id}"], document.Paths.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(3, document.Paths["/todos/{id}"].Operations!.Count);
    }
}

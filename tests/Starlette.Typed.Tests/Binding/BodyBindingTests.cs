using System.Net;
using System.Text.Json;
using static Starlette.Typed.Tests.Harness;

namespace Starlette.Typed.Tests.Binding;

public class BodyBindingTests
{
    private static TypedApi Api()
    {
        var api = new TypedApi();
        api.Post("/todos", (TodoInput input) => new Todo($"{input.Title}/{input.Priority}/{input.Tags.Count}")).WithStatusCode(201);
        return api;
    }

    [Fact]
    public async Task Post_ValidJson_BindsBodyAndAnswersWithStatusCode()
    {
        using var client = Client(Api());

        var response = await client.PostAsync("/todos", Json("""{"title":"milk","priority":2,"tags":[{"name":"a"}]}"""));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("""{"title":"milk/2/1","done":false}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_JsonSuffixMediaTypeWithCharset_IsAccepted()
    {
        using var client = Client(Api());

        var response = await client.PostAsync("/todos", Json("""{"title":"milk"}""", "application/vnd.todo+json; charset=utf-8"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task Post_MalformedJson_Answers400Problem()
    {
        using var client = Client(Api());

        var response = await client.PostAsync("/todos", Json("""{"title": """));
        var problem = await BodyAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Bad Request", problem.GetProperty("title").GetString());
        Assert.StartsWith("The request body is not valid JSON", problem.GetProperty("detail").GetString());
        Assert.False(problem.TryGetProperty("errors", out _));
    }

    [Fact]
    public async Task Post_WrongContentType_Answers415Problem()
    {
        using var client = Client(Api());

        var response = await client.PostAsync("/todos", Json("""{"title":"milk"}""", "text/plain"));
        var problem = await BodyAsync(response);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(415, problem.GetProperty("status").GetInt32());
        Assert.Contains("application/json", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Post_EmptyBodyForRequiredParameter_Answers422()
    {
        using var client = Client(Api());

        var response = await client.PostAsync("/todos", null);

        Assert.Equal(HttpStatusCode.UnprocessableContent, response.StatusCode);
        Assert.Equal(["body:#"], ErrorKeys(await BodyAsync(response)));
    }

    [Fact]
    public async Task Post_WrongValueType_Answers422AtItsPointer()
    {
        using var client = Client(Api());

        var response = await client.PostAsync("/todos", Json("""{"title":"milk","tags":[{"name":"a"},{"name":5}]}"""));

        Assert.Equal(HttpStatusCode.UnprocessableContent, response.StatusCode);
        Assert.Equal(["body:#/tags/1/name"], ErrorKeys(await BodyAsync(response)));
    }

    [Fact]
    public async Task Post_MissingNonNullableAndOutOfRange_ReportsEveryFieldError()
    {
        using var client = Client(Api());

        var response = await client.PostAsync("/todos", Json("""{"priority":9,"note":null,"tags":[{"name":"ok"},{}]}"""));
        var problem = await BodyAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableContent, response.StatusCode);
        Assert.Equal(["body:#/title", "body:#/priority", "body:#/tags/1/name"], ErrorKeys(problem));
        Assert.Equal("The title field is required.", problem.GetProperty("errors")[0].GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Post_StringLengthViolated_Reports422()
    {
        using var client = Client(Api());

        var problem = await BodyAsync(await client.PostAsync("/todos", Json("""{"title":"x"}""")));

        Assert.Equal(["body:#/title"], ErrorKeys(problem));
        Assert.Contains("minimum length of 2", problem.GetProperty("errors")[0].GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Post_RecordConstructorParameterMissingOrNull_Reports422()
    {
        var api = new TypedApi();
        api.Post("/t", (Todo todo) => todo);
        using var client = Client(api);

        var missing = await BodyAsync(await client.PostAsync("/t", Json("{}")));
        var isNull = await BodyAsync(await client.PostAsync("/t", Json("""{"title":null}""")));

        Assert.Equal(["body:#/title"], ErrorKeys(missing));
        Assert.Equal(["body:#/title"], ErrorKeys(isNull));
    }

    [Fact]
    public async Task Post_OptionalBodyAbsent_BindsNull()
    {
        var api = new TypedApi();
        api.Post("/t", (Todo? todo) => todo?.Title ?? "none");
        using var client = Client(api);

        Assert.Equal("\"none\"", await (await client.PostAsync("/t", null)).Content.ReadAsStringAsync());
        Assert.Equal("\"none\"", await (await client.PostAsync("/t", Json("null"))).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_SourceGeneratedContext_BindsAndWrites()
    {
        var api = new TypedApi(new TypedApiOptions { SerializerOptions = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = TestJsonContext.Default } });
        api.Post("/t/{id:int}", (int id, Todo todo) => new List<Todo> { todo, new($"#{id}") });
        using var client = Client(api);

        var text = await (await client.PostAsync("/t/7", Json("""{"title":"a","done":true}"""))).Content.ReadAsStringAsync();

        Assert.Equal("""[{"title":"a","done":true},{"title":"#7","done":false}]""", text);
    }

    [Fact]
    public async Task Post_PathQueryAndBodyErrorsTogether_AreAllReported()
    {
        var api = new TypedApi();
        api.Post("/t/{id}", (Guid id, int limit, Todo todo) => todo);
        using var client = Client(api);

        var problem = await BodyAsync(await client.PostAsync("/t/x?limit=y", Json("{}")));

        Assert.Equal(["path:id", "query:limit", "body:#/title"], ErrorKeys(problem));
    }

    [Fact]
    public void Post_TwoBodyParameters_ThrowsAtRegistration()
    {
        var api = new TypedApi();
        Assert.Throws<ArgumentException>(() => api.Post("/t", (Todo a, TodoInput b) => a));
    }
}

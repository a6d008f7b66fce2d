using System.Net;
using Starlette.Requests;
using static Starlette.Typed.Tests.Harness;

namespace Starlette.Typed.Tests.Binding;

public class PathAndQueryBindingTests
{
    [Fact]
    public async Task Get_IntPathParamAndOptionalQuery_BindsConvertedValues()
    {
        var api = new TypedApi();
        api.Get("/items/{id:int}", (int id, string? q) => new Todo($"{id + 1}:{q ?? "none"}"));
        using var client = Client(api);

        var body = await BodyAsync(await client.GetAsync("/items/41?q=x"));
        var missing = await BodyAsync(await client.GetAsync("/items/41"));

        Assert.Equal("42:x", body.GetProperty("title").GetString());
        Assert.Equal("42:none", missing.GetProperty("title").GetString());
    }

    [Fact]
    public async Task Get_PathParamOfOtherType_ConvertsFromConvertorValue()
    {
        var api = new TypedApi();
        api.Get("/a/{id:int}", (long id) => id * 2);
        api.Get("/b/{name}", (string name) => name.ToUpperInvariant());
        api.Get("/c/{id}", (Guid id) => id.ToString("N"));
        using var client = Client(api);

        Assert.Equal("84", await client.GetStringAsync("/a/42"));
        Assert.Equal("\"ABC\"", await client.GetStringAsync("/b/abc"));
        Assert.Equal("\"" + new string('1', 32) + "\"", await client.GetStringAsync("/c/11111111-1111-1111-1111-111111111111"));
    }

    [Fact]
    public async Task Get_UnparsablePathParam_Answers422WithPathError()
    {
        var api = new TypedApi();
        api.Get("/c/{id}", (Guid id) => id);
        using var client = Client(api);

        var response = await client.GetAsync("/c/nope");
        var problem = await BodyAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableContent, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(["path:id"], ErrorKeys(problem));
        Assert.Equal("Value is not a valid UUID.", problem.GetProperty("errors")[0].GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Get_QueryValuesOfEveryKind_AreParsedInvariantly()
    {
        var api = new TypedApi();
        api.Get("/q", (int limit, double ratio, bool flag, DayOfWeek day, DateOnly date, int[] ids) =>
            $"{limit}|{ratio}|{flag}|{day}|{date:yyyy-MM-dd}|{string.Join(",", ids)}");
        using var client = Client(api);

        var text = await client.GetStringAsync("/q?limit=5&ratio=0.5&flag=yes&day=friday&date=2026-12-03&ids=1&ids=2");

        Assert.Equal("\"5|0.5|True|Friday|2026-12-03|1,2\"", text);
    }

    [Fact]
    public async Task Get_MissingRequiredAndInvalidQuery_ReportsEveryError()
    {
        var api = new TypedApi();
        api.Get("/q", (int limit, string name, bool flag, int[] ids, DayOfWeek day) => "unreachable");
        using var client = Client(api);

        var response = await client.GetAsync("/q?limit=ten&flag=maybe&ids=1&ids=x&day=7");
        var problem = await BodyAsync(response);

        Assert.Equal(HttpStatusCode.UnprocessableContent, response.StatusCode);
        Assert.Equal(["query:limit", "query:name", "query:flag", "query:ids", "query:day"], ErrorKeys(problem));
        Assert.Equal("Field required.", problem.GetProperty("errors")[1].GetProperty("detail").GetString());
        Assert.Equal(422, problem.GetProperty("status").GetInt32());
        Assert.Equal("Unprocessable Content", problem.GetProperty("title").GetString());
        Assert.Equal("/q", problem.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task Get_DefaultsAndNullables_ApplyWhenAbsent()
    {
        var api = new TypedApi();
        api.Get("/d", (int? page, [System.ComponentModel.DefaultValue(10)] int size, [System.ComponentModel.DefaultValue("name")] string sort) => $"{page?.ToString() ?? "-"}/{size}/{sort}");
        using var client = Client(api);

        Assert.Equal("\"-/10/name\"", await client.GetStringAsync("/d"));
        Assert.Equal("\"2/5/date\"", await client.GetStringAsync("/d?page=2&size=5&sort=date"));
    }

    [Fact]
    public async Task Get_AttributeRenamesQueryAndValidatesRange()
    {
        var api = new TypedApi();
        api.Get("/r", ([FromQuery("page-size")][System.ComponentModel.DataAnnotations.Range(1, 50)] int size) => size);
        using var client = Client(api);

        Assert.Equal("7", await client.GetStringAsync("/r?page-size=7"));
        var problem = await BodyAsync(await client.GetAsync("/r?page-size=99"));
        Assert.Equal(["query:page-size"], ErrorKeys(problem));
        Assert.Contains("between 1 and 50", problem.GetProperty("errors")[0].GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Get_RequestAndCancellationToken_AreBoundByType()
    {
        var api = new TypedApi();
        api.Get("/ctx/{name}", (Request request, CancellationToken aborted, string name) => $"{request.Method} {request.Url.Path} {aborted.IsCancellationRequested} {name}");
        using var client = Client(api);

        Assert.Equal("\"GET /ctx/x False x\"", await client.GetStringAsync("/ctx/x"));
    }

    [Fact]
    public void Get_FromPathNameMissingInTemplate_ThrowsAtRegistration()
    {
        var api = new TypedApi();
        var error = Assert.Throws<ArgumentException>(() => api.Get("/items", ([FromPath] int id) => id));
        Assert.Contains("has no '{id}'", error.Message);
    }

    [Fact]
    public void Get_UnsupportedQueryType_ThrowsAtRegistration()
    {
        var api = new TypedApi();
        var error = Assert.Throws<ArgumentException>(() => api.Get("/items", ([FromQuery] Todo todo) => todo));
        Assert.Contains("cannot be read from the query", error.Message);
    }
}

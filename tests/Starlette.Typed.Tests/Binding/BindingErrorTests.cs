using System.Net;
using static Starlette.Typed.Tests.Harness;

namespace Starlette.Typed.Tests.Binding;

/// <summary>The edges of binding: bodies of simple types and JSON null, arrays, enums and booleans that do not parse,
/// path parameters of a type no parser reads.</summary>
public class BindingErrorTests
{
    public enum Color
    {
        Red,
        Green,
    }

    [Fact]
    public async Task Post_FromBodySimpleType_ReadsTheJsonBody()
    {
        var api = new TypedApi();
        api.Post("/count", ([FromBody] int count) => count + 1);
        using var client = Client(api);

        var response = await client.PostAsync("/count", Json("41"));

        Assert.Equal("42", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_JsonNullBody_RequiredIs422OptionalBindsNull()
    {
        var api = new TypedApi();
        api.Post("/required", (Todo todo) => todo.Title);
        api.Post("/optional", (Todo? todo) => todo?.Title ?? "none");
        using var client = Client(api);

        var required = await client.PostAsync("/required", Json("null"));
        var optional = await client.PostAsync("/optional", Json("null"));

        Assert.Equal(HttpStatusCode.UnprocessableContent, required.StatusCode);
        var error = (await BodyAsync(required)).GetProperty("errors")[0];
        Assert.Equal("#", error.GetProperty("pointer").GetString());
        Assert.Equal("A JSON body is required (got null).", error.GetProperty("detail").GetString());
        Assert.Equal("\"none\"", await optional.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_ArrayQuery_MissingOptionalIsEmptyRequiredIs422BadItemNamed()
    {
        var api = new TypedApi();
        api.Get("/optional", (int[]? ids) => ids!.Length);
        api.Get("/required", (long[] ids) => ids.Sum());
        using var client = Client(api);

        var optional = await client.GetStringAsync("/optional");
        var sum = await client.GetStringAsync("/required?ids=1&ids=2");
        var missing = await BodyAsync(await client.GetAsync("/required"));
        var bad = await BodyAsync(await client.GetAsync("/required?ids=1&ids=x"));

        Assert.Equal("0", optional);
        Assert.Equal("3", sum);
        Assert.Equal(["query:ids"], ErrorKeys(missing));
        Assert.Equal("Field required.", missing.GetProperty("errors")[0].GetProperty("detail").GetString());
        Assert.Equal("Value 1 is not a valid integer.", bad.GetProperty("errors")[0].GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Get_EnumByNameAndBooleanWords_ParseOrNameTheAcceptedValues()
    {
        var api = new TypedApi();
        api.Get("/paint", (Color color, bool glossy) => $"{color}/{glossy}");
        using var client = Client(api);

        var ok = await client.GetStringAsync("/paint?color=green&glossy=Yes");
        var numeric = await BodyAsync(await client.GetAsync("/paint?color=1&glossy=off"));
        var bad = await BodyAsync(await client.GetAsync("/paint?color=blue&glossy=maybe"));

        Assert.Equal("\"Green/True\"", ok);
        Assert.Equal(["query:color"], ErrorKeys(numeric)); // names only: a number is not a documented value
        Assert.Equal(["query:color", "query:glossy"], ErrorKeys(bad));
        Assert.Equal("Value is not a valid one of Red, Green.", bad.GetProperty("errors")[0].GetProperty("detail").GetString());
        Assert.Equal("Value is not a valid boolean.", bad.GetProperty("errors")[1].GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Get_PathParameterOfATypeWithoutParser_Answers422()
    {
        var api = new TypedApi();
        api.Get("/links/{link}", (Uri link) => link.ToString());
        using var client = Client(api);

        var response = await client.GetAsync("/links/abc");

        Assert.Equal(HttpStatusCode.UnprocessableContent, response.StatusCode);
        Assert.Equal("Value is not a valid Uri.", (await BodyAsync(response)).GetProperty("errors")[0].GetProperty("detail").GetString());
    }
}

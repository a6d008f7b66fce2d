using System.Net;
using static Starlette.Typed.Tests.Harness;

namespace Starlette.Typed.Tests.Binding;

public class HeaderAndCookieBindingTests
{
    [Fact]
    public async Task Get_HeaderByKebabCaseNameAndCookie_AreBound()
    {
        var api = new TypedApi();
        api.Get("/h", ([FromHeader] string userAgent, [FromHeader("X-Count")] int count, [FromCookie] string session) => $"{userAgent}|{count}|{session}");
        using var client = Client(api);
        var request = new HttpRequestMessage(HttpMethod.Get, "/h");
        request.Headers.TryAddWithoutValidation("User-Agent", "probe/1");
        request.Headers.Add("X-Count", "3");
        request.Headers.Add("Cookie", "session=abc; other=1");

        var response = await client.SendAsync(request);

        Assert.Equal("\"probe/1|3|abc\"", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_MissingHeaderAndCookie_Answers422NamingBoth()
    {
        var api = new TypedApi();
        api.Get("/h", ([FromHeader("X-Token")] string token, [FromCookie] string session) => "unreachable");
        using var client = Client(api);

        var response = await client.GetAsync("/h");

        Assert.Equal(HttpStatusCode.UnprocessableContent, response.StatusCode);
        Assert.Equal(["header:x-token", "cookie:session"], ErrorKeys(await BodyAsync(response)));
    }

    [Fact]
    public async Task Get_RepeatedHeaderIntoArray_TakesEveryValue()
    {
        var api = new TypedApi();
        api.Get("/h", ([FromHeader("x-tag")] string[] tags) => string.Join("+", tags));
        using var client = Client(api);
        var request = new HttpRequestMessage(HttpMethod.Get, "/h");
        request.Headers.TryAddWithoutValidation("x-tag", ["a", "b"]);

        Assert.Equal("\"a+b\"", await (await client.SendAsync(request)).Content.ReadAsStringAsync());
    }
}

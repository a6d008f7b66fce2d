using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing;

namespace Starlette.Tests.Endpoints;

/// <summary>Every verb of <see cref="HttpEndpoint"/> in its three handler shapes: ValueTask, synchronous, Task of a response type.</summary>
public sealed class HttpEndpointVerbTests
{
    private static async Task<string> CallAsync(HttpEndpoint endpoint, string method)
    {
        using var client = new TestClient(new Router([new Route("/", endpoint)]));
        var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), "/"));
        Assert.Equal(200, (int)response.StatusCode);
        return method == "HEAD" ? response.Content.Headers.ContentLength!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture) : await response.Content.ReadAsStringAsync();
    }

    private static PlainTextResponse Text(string text) => new(text);

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    [InlineData("OPTIONS")]
    public async Task Verb_ValueTaskHandler_Answers(string method)
    {
        Func<Request, ValueTask<Response>> handler = _ => ValueTask.FromResult<Response>(Text("value " + method));
        var endpoint = method switch
        {
            "POST" => new HttpEndpoint().Post(handler),
            "PUT" => new HttpEndpoint().Put(handler),
            "PATCH" => new HttpEndpoint().Patch(handler),
            "DELETE" => new HttpEndpoint().Delete(handler),
            _ => new HttpEndpoint().Options(handler),
        };

        Assert.Equal("value " + method, await CallAsync(endpoint, method));
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    [InlineData("OPTIONS")]
    public async Task Verb_SynchronousHandler_Answers(string method)
    {
        Func<Request, Response> handler = _ => Text("sync " + method);
        var endpoint = method switch
        {
            "POST" => new HttpEndpoint().Post(handler),
            "PUT" => new HttpEndpoint().Put(handler),
            "PATCH" => new HttpEndpoint().Patch(handler),
            "DELETE" => new HttpEndpoint().Delete(handler),
            _ => new HttpEndpoint().Options(handler),
        };

        Assert.Equal("sync " + method, await CallAsync(endpoint, method));
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("PUT")]
    [InlineData("PATCH")]
    [InlineData("DELETE")]
    [InlineData("OPTIONS")]
    public async Task Verb_TaskOfResponseTypeHandler_Answers(string method)
    {
        Func<Request, Task<PlainTextResponse>> handler = _ => Task.FromResult(Text("task " + method));
        var endpoint = method switch
        {
            "POST" => new HttpEndpoint().Post(handler),
            "PUT" => new HttpEndpoint().Put(handler),
            "PATCH" => new HttpEndpoint().Patch(handler),
            "DELETE" => new HttpEndpoint().Delete(handler),
            _ => new HttpEndpoint().Options(handler),
        };

        Assert.Equal("task " + method, await CallAsync(endpoint, method));
    }

    [Fact]
    public async Task Head_EachHandlerShape_AnswersWithItsOwnLength()
    {
        var value = new HttpEndpoint().Get(_ => Text("get")).Head(_ => ValueTask.FromResult<Response>(Text("head1")));
        var sync = new HttpEndpoint().Get(_ => Text("get")).Head(_ => Text("head22"));
        var task = new HttpEndpoint().Get(_ => Text("get")).Head(_ => Task.FromResult(Text("head333")));

        Assert.Equal("5", await CallAsync(value, "HEAD"));
        Assert.Equal("6", await CallAsync(sync, "HEAD"));
        Assert.Equal("7", await CallAsync(task, "HEAD"));
    }

    [Fact]
    public async Task Get_ValueTaskHandler_Answers()
    {
        var endpoint = new HttpEndpoint().Get(_ => ValueTask.FromResult<Response>(Text("value GET")));

        Assert.Equal("value GET", await CallAsync(endpoint, "GET"));
    }
}

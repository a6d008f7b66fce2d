using System.Net;
using Starlette.Responses;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.Requests.Tests;

public class MaxBodySizeTests
{
    private static AsgiApp App(long limit) => async (scope, receive, send) =>
    {
        var request = new Request(scope, receive) { MaxBodySize = limit };
        try
        {
            var body = await request.BodyAsync();
            await new PlainTextResponse($"{body.Length}").ExecuteAsync(scope, receive, send);
        }
        catch (HttpException error)
        {
            await new PlainTextResponse(error.Detail, error.StatusCode).ExecuteAsync(scope, receive, send);
        }
    };

    [Fact]
    public async Task Body_UnderLimit_IsRead()
    {
        using var client = new TestClient(App(10));

        Assert.Equal("5", await (await client.PostAsync("/", new ByteArrayContent(new byte[5]))).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Body_DeclaredOverLimit_Is413WithoutReading()
    {
        using var client = new TestClient(App(10));

        var response = await client.PostAsync("/", new ByteArrayContent(new byte[11]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Content Too Large", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Body_StreamedOverLimit_Is413()
    {
        var chunks = 0;
        Receive receive = () =>
        {
            chunks++;
            return ValueTask.FromResult<AsgiMessage>(new HttpRequestBodyMessage(new byte[8], moreBody: true));
        };
        var request = new Request(new Scope(ScopeType.Http), receive) { MaxBodySize = 20 };

        var error = await Assert.ThrowsAsync<HttpException>(async () => await request.BodyAsync());

        Assert.Equal(413, error.StatusCode);
        Assert.Equal(3, chunks);
    }

    [Fact]
    public async Task MaxBodySize_ScopeItem_IsNotCountedAgain()
    {
        var scope = new Scope(ScopeType.Http);
        scope.Items[ScopeItemKeys.MaxBodySize] = 4L;
        var sent = false;
        Receive receive = () =>
        {
            var first = !sent;
            sent = true;
            return ValueTask.FromResult<AsgiMessage>(first ? new HttpRequestBodyMessage("0123456789"u8.ToArray()) : HttpDisconnectMessage.Instance);
        };
        var request = new Request(scope, receive);

        Assert.Null(request.MaxBodySize);
        Assert.Equal(10, (await request.BodyAsync()).Length);
    }
}

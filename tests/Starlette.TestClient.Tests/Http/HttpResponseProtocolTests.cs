using Starlette.Types;

namespace Starlette.Testing.Tests;

/// <summary>
/// The HTTP response order the TestClient enforces on an app, as a server does: trailers only when announced and after
/// the last body chunk, pathsend only where advertised. The app's send throws, naming the rule, and the test sees it.
/// </summary>
public class HttpResponseProtocolTests
{
    private static async Task<string> ViolationAsync(Func<Scope, Send, ValueTask> respond)
    {
        using var client = new TestClient((scope, receive, send) => respond(scope, send));
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("/"));
        return error.Message;
    }

    [Fact]
    public async Task Send_TrailersNotAnnouncedByStart_ThrowsNamingTheFlag()
    {
        var message = await ViolationAsync(async (scope, send) =>
        {
            await send(new HttpResponseStartMessage(200));
            await send(new HttpResponseTrailersMessage([new("x-checksum", "1")]));
        });

        Assert.Equal("Received 'http.response.trailers', but 'http.response.start' did not set Trailers = true.", message);
    }

    [Fact]
    public async Task Send_TrailersBeforeTheLastBodyChunk_ThrowsNamingTheOrder()
    {
        var message = await ViolationAsync(async (scope, send) =>
        {
            await send(new HttpResponseStartMessage(200, trailers: true));
            await send(new HttpResponseBodyMessage("part"u8.ToArray(), moreBody: true));
            await send(new HttpResponseTrailersMessage([new("x-checksum", "1")]));
        });

        Assert.Equal("Received 'http.response.trailers' before the last body chunk, or after the response completed.", message);
    }

    [Fact]
    public async Task Send_PathSendWhenScopeNoLongerAdvertisesIt_ThrowsNamingTheExtension()
    {
        var message = await ViolationAsync(async (scope, send) =>
        {
            scope.Extensions = null; // as a middleware hiding the extension from the app would
            await send(new HttpResponseStartMessage(200));
            await send(new HttpResponsePathSendMessage("/etc/hostname"));
        });

        Assert.Equal("Received 'http.response.pathsend', but this host does not advertise the 'http.response.pathsend' extension.", message);
    }
}

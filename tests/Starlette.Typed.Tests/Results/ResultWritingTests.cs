using System.Net;
using System.Runtime.CompilerServices;
using Starlette.Responses;
using static Starlette.Typed.Tests.Harness;

namespace Starlette.Typed.Tests.Results;

public class ResultWritingTests
{
    [Fact]
    public async Task Get_TaskAndValueTaskResults_AreAwaitedAndWrittenAsJson()
    {
        var api = new TypedApi();
        api.Get("/task", async () =>
        {
            await Task.Yield();
            return new Todo("task");
        });
        api.Get("/value-task/{id:int}", (int id) => ValueTask.FromResult(new Todo($"vt{id}")));
        using var client = Client(api);

        Assert.Equal("""{"title":"task","done":false}""", await client.GetStringAsync("/task"));
        Assert.Equal("""{"title":"vt3","done":false}""", await client.GetStringAsync("/value-task/3"));
    }

    [Fact]
    public async Task Get_ResponseResult_IsSentAsItIs()
    {
        var api = new TypedApi();
        api.Get("/text", () => new PlainTextResponse("plain", 202));
        api.Get("/maybe/{id:int}", (int id) => id == 1 ? new Todo("one") : (object)new PlainTextResponse("missing", 404));
        using var client = Client(api);

        var text = await client.GetAsync("/text");
        var found = await client.GetAsync("/maybe/1");
        var missing = await client.GetAsync("/maybe/2");

        Assert.Equal(HttpStatusCode.Accepted, text.StatusCode);
        Assert.Equal("plain", await text.Content.ReadAsStringAsync());
        Assert.Equal("""{"title":"one","done":false}""", await found.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task Get_NullResult_IsJsonNull()
    {
        var api = new TypedApi();
        api.Get("/n", () => (Todo?)null);
        using var client = Client(api);

        Assert.Equal("null", await client.GetStringAsync("/n"));
    }

    [Fact]
    public async Task Get_AsyncEnumerable_StreamsServerSentEvents()
    {
        var api = new TypedApi();
        api.Get("/objects", (int count) => Ticks(count));
        api.Get("/texts", () => Words());
        api.Get("/events", () => Events());
        using var client = Client(api);

        var objects = await client.GetAsync("/objects?count=2");
        var texts = await client.GetStringAsync("/texts");
        var events = await client.GetStringAsync("/events");

        Assert.Equal("text/event-stream", objects.Content.Headers.ContentType!.MediaType);
        Assert.Equal("data: {\"title\":\"tick 0\",\"done\":false}\r\n\r\ndata: {\"title\":\"tick 1\",\"done\":false}\r\n\r\n", await objects.Content.ReadAsStringAsync());
        Assert.Equal("data: a\r\n\r\ndata: b\r\n\r\n", texts);
        Assert.Equal("event: done\r\ndata: x\r\n\r\n", events);
    }

    [Fact]
    public async Task Map_SeveralMethods_RouteEachAndAnswer405Otherwise()
    {
        var api = new TypedApi();
        api.Map(["PUT", "patch"], "/m", (Starlette.Requests.Request request) => request.Method);
        using var client = Client(api);

        Assert.Equal("\"PUT\"", await (await client.PutAsync("/m", null)).Content.ReadAsStringAsync());
        Assert.Equal("\"PATCH\"", await (await client.PatchAsync("/m", null)).Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.MethodNotAllowed, (await client.GetAsync("/m")).StatusCode);
        Assert.Throws<ArgumentException>(() => new TypedApi().Map([], "/x", () => 1));
    }

    private static async IAsyncEnumerable<Todo> Ticks(int count, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < count; i++)
        {
            await Task.Yield();
            yield return new Todo($"tick {i}");
        }
    }

    private static async IAsyncEnumerable<string> Words()
    {
        await Task.Yield();
        yield return "a";
        yield return "b";
    }

    private static async IAsyncEnumerable<ServerSentEvent> Events()
    {
        await Task.Yield();
        yield return new ServerSentEvent("x", Event: "done");
    }
}

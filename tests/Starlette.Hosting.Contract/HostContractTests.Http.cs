using System.Net;
using System.Text;
using Starlette.Types;

namespace Starlette.Hosting.Contract;

public abstract partial class HostContractTests
{
    [Fact]
    public async Task Scope_HttpRequest_CarriesAsgiFields()
    {
        await using var host = await StartHttpAsync((scope, receive, send) => Apps.TextAsync(send, string.Join("\n",
            $"type={scope.TypeName}", $"asgi={scope.AsgiVersion}", $"method={scope.Method}", $"scheme={scope.Scheme}",
            $"path={scope.Path}", $"raw_path={scope.RawPath}", $"query={scope.QueryString}", $"http={scope.HttpVersion}",
            $"client={scope.Client is not null}", $"server={scope.Server is not null}",
            $"x-custom={string.Join(",", scope.Headers.Where(h => h.Name == "x-custom").Select(h => h.Value))}",
            $"lowercase={scope.Headers.All(h => h.Name == h.Name.ToLowerInvariant())}",
            $"host={scope.Headers.Any(h => h.Name == "host")}")));
        using var request = new HttpRequestMessage(HttpMethod.Put, "/caf%C3%A9/a%20b?x=1&y=%20");
        request.Headers.TryAddWithoutValidation("X-Custom", "Value");

        var text = await (await host.Client.SendAsync(request)).Content.ReadAsStringAsync();

        Assert.Equal(string.Join("\n",
            "type=http", "asgi=3.0", "method=PUT", "scheme=http", "path=/café/a b", "raw_path=/caf%C3%A9/a%20b", "query=x=1&y=%20",
            "http=1.1", "client=True", "server=True", "x-custom=Value", "lowercase=True", "host=True"), text);
    }

    [Fact]
    public async Task Response_StatusHeadersAndBody_ReachTheClient()
    {
        await using var host = await StartHttpAsync((scope, receive, send) =>
            Apps.TextAsync(send, "created", 201, new HttpHeader("x-one", "1"), new HttpHeader("x-many", "a"), new HttpHeader("x-many", "b")));

        var response = await host.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("created", await response.Content.ReadAsStringAsync());
        Assert.Equal(["a", "b"], response.Headers.GetValues("x-many"));
        Assert.Equal("text/plain; charset=utf-8", response.Content.Headers.ContentType!.ToString());
    }

    [Fact]
    public async Task Response_Chunks_StreamBeforeTheAppFinishes()
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await StartHttpAsync(async (scope, receive, send) =>
        {
            await send(new HttpResponseStartMessage(200, [new("content-type", "text/plain")]));
            await send(new HttpResponseBodyMessage("first;"u8.ToArray(), moreBody: true));
            await gate.Task.WaitAsync(Patience);
            await send(new HttpResponseBodyMessage("second"u8.ToArray()));
        });

        using var response = await host.Client.GetAsync("/", HttpCompletionOption.ResponseHeadersRead);
        await using var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[6];
        await stream.ReadExactlyAsync(buffer).AsTask().WaitAsync(Patience);
        gate.SetResult();
        var rest = await new StreamReader(stream).ReadToEndAsync();

        Assert.Equal("first;second", Encoding.UTF8.GetString(buffer) + rest);
    }

    [Fact]
    public async Task RequestBody_Large_ArrivesWhole()
    {
        var payload = Enumerable.Range(0, 300_000).Select(i => (byte)(i % 251)).ToArray();
        await using var host = await StartHttpAsync(async (scope, receive, send) =>
        {
            var (body, _) = await Apps.ReadBodyAsync(receive);
            await Apps.TextAsync(send, $"{body.Length}:{body.SequenceEqual(payload)}");
        });

        var response = await host.Client.PostAsync("/", new ByteArrayContent(payload));

        Assert.Equal("300000:True", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task RequestBody_None_IsOneEmptyFinalChunk()
    {
        await using var host = await StartHttpAsync(async (scope, receive, send) =>
        {
            var message = (HttpRequestBodyMessage)await receive();
            await Apps.TextAsync(send, $"{message.Body.Length}:{message.MoreBody}");
        });

        Assert.Equal("0:False", await host.Client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Head_Body_IsNotSent()
    {
        await using var host = await StartHttpAsync((scope, receive, send) => Apps.TextAsync(send, "hidden", extra: new HttpHeader("content-length", "6")));

        var response = await host.Client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task PathSend_File_IsTheBody()
    {
        var path = Path.GetTempFileName();
        await File.WriteAllTextAsync(path, "from a file");
        try
        {
            await using var host = await StartHttpAsync(async (scope, receive, send) =>
            {
                Assert.True(scope.HasExtension(ExtensionNames.PathSend));
                await send(new HttpResponseStartMessage(200, [new("content-type", "text/plain"), new("content-length", "11")]));
                await send(new HttpResponsePathSendMessage(path));
            });

            Assert.Equal("from a file", await host.Client.GetStringAsync("/"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Disconnect_ClientGivesUp_AppReceivesHttpDisconnect()
    {
        var sawDisconnect = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var host = await StartHttpAsync(async (scope, receive, send) =>
        {
            await receive(); // the (empty) body
            await send(new HttpResponseStartMessage(200, [new("content-type", "text/plain")]));
            await send(new HttpResponseBodyMessage("partial"u8.ToArray(), moreBody: true));
            var next = await receive();
            sawDisconnect.TrySetResult(next is HttpDisconnectMessage && scope.Aborted.IsCancellationRequested);
        });

        var response = await host.Client.GetAsync("/", HttpCompletionOption.ResponseHeadersRead);
        var stream = await response.Content.ReadAsStreamAsync();
        await stream.ReadExactlyAsync(new byte[7]);
        response.Dispose();

        Assert.True(await sawDisconnect.Task.WaitAsync(Patience));
    }
}

using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Logging;
using Starlette.Hosting.Contract;
using Starlette.Types;
using static Starlette.Hosting.Kestrel.Tests.HostedApps;

namespace Starlette.Hosting.Kestrel.Tests;

public class AsgiServerTests
{
    [Fact]
    public async Task StopAsync_SlowRequestInFlight_IsDrainedBeforeShutdown()
    {
        var inFlight = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var events = new List<string>();
        AsgiApp app = async (scope, receive, send) =>
        {
            if (scope.Type == ScopeType.Lifespan)
            {
                await Apps.LifespanAsync(receive, send, shutdown: () => { lock (events) events.Add("lifespan shutdown"); });
                return;
            }

            inFlight.TrySetResult();
            await Task.Delay(TimeSpan.FromMilliseconds(500));
            lock (events) events.Add("request finished");
            await Apps.TextAsync(send, "slow but complete");
        };
        var host = await KestrelHost.StartAsync(app);

        var request = host.Client.GetStringAsync("/slow");
        await inFlight.Task.WaitAsync(Patience);
        await host.Server.StopAsync();

        Assert.Equal("slow but complete", await request);
        Assert.Equal(["request finished", "lifespan shutdown"], events);
        await Assert.ThrowsAsync<HttpRequestException>(() => new HttpClient().GetAsync(host.Address));
        host.Client.Dispose();
    }

    [Fact]
    public async Task Exception_AfterResponseStarted_AbortsTheConnection()
    {
        await using var host = await KestrelHost.StartAsync(Http(async (scope, receive, send) =>
        {
            await send(new HttpResponseStartMessage(200, [new("content-type", "text/plain")]));
            await send(new HttpResponseBodyMessage("partial"u8.ToArray(), moreBody: true));
            throw new InvalidOperationException("after start");
        }));

        await Assert.ThrowsAnyAsync<Exception>(() => host.Client.GetStringAsync("/"));
        Assert.Contains(host.Log.Entries, e => e.Level == LogLevel.Error && e.Exception?.Message == "after start");
    }

    [Fact]
    public async Task Exception_BeforeResponse_Is500PlainTextAndLogged()
    {
        await using var host = await KestrelHost.StartAsync(Http((scope, receive, send) => throw new InvalidOperationException("boom")));

        var response = await host.Client.GetAsync("/");

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("Internal Server Error", await response.Content.ReadAsStringAsync());
        Assert.Contains(host.Log.Entries, e => e.Level == LogLevel.Error && e.Message.StartsWith("Exception in ASGI application", StringComparison.Ordinal));
    }

    [Fact]
    public async Task App_ReturnsWithoutResponse_Is500()
    {
        await using var host = await KestrelHost.StartAsync(Http((scope, receive, send) => ValueTask.CompletedTask));

        Assert.Equal(HttpStatusCode.InternalServerError, (await host.Client.GetAsync("/")).StatusCode);
        Assert.Contains(host.Log.Entries, e => e.Message.StartsWith("ASGI callable returned without starting response", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ServerHeader_OffByDefault_OnWhenAsked()
    {
        await using var plain = await KestrelHost.StartAsync(Text(_ => "ok"));
        await using var branded = await KestrelHost.StartAsync(Text(_ => "ok"), o => o.ServerHeader = true);

        Assert.Empty((await plain.Client.GetAsync("/")).Headers.Server);
        Assert.Equal("Kestrel", (await branded.Client.GetAsync("/")).Headers.Server.ToString());
    }

    [Fact]
    public async Task AccessLog_OneLinePerRequest_AsUvicornWritesIt()
    {
        await using var host = await KestrelHost.StartAsync(Text(_ => "ok"));

        await host.Client.GetStringAsync("/items?x=1");

        // The line is written once the response has gone out, which can be just after the client has read it.
        bool Logged() => host.Log.Entries.Any(e => e.Category == "Starlette.Hosting.Kestrel.Access"
            && e.Message.EndsWith(" - \"GET /items?x=1 HTTP/1.1\" 200", StringComparison.Ordinal));
        Assert.True(SpinWait.SpinUntil(Logged, HostedApps.Patience), string.Join("\n", host.Log.Entries));
    }

    [Fact]
    public async Task AccessLog_Off_WritesNothing()
    {
        await using var host = await KestrelHost.StartAsync(Text(_ => "ok"), o => o.AccessLog = false);

        await host.Client.GetStringAsync("/");

        Assert.DoesNotContain(host.Log.Entries, e => e.Category == "Starlette.Hosting.Kestrel.Access");
    }

    [Fact]
    public async Task ProxyHeaders_FromTrustedPeer_SetClientAndScheme()
    {
        await using var host = await KestrelHost.StartAsync(Text(scope => $"{scope.Client} {scope.Scheme}"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7, 127.0.0.1");
        request.Headers.Add("X-Forwarded-Proto", "https");

        Assert.Equal("203.0.113.7:0 https", await (await host.Client.SendAsync(request)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task ProxyHeaders_FromUntrustedPeer_AreIgnored()
    {
        await using var host = await KestrelHost.StartAsync(Text(scope => $"{scope.Client!.Value.Host} {scope.Scheme}"), o => o.ForwardedAllowIps.Clear());
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        request.Headers.Add("X-Forwarded-Proto", "https");

        Assert.Equal("127.0.0.1 http", await (await host.Client.SendAsync(request)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task MaxRequestBodySize_Exceeded_Is413()
    {
        await using var host = await KestrelHost.StartAsync(Http(async (scope, receive, send) =>
        {
            await Apps.ReadBodyAsync(receive);
            await Apps.TextAsync(send, "read");
        }), o => o.MaxRequestBodySize = 1024);

        var response = await host.Client.PostAsync("/", new ByteArrayContent(new byte[4096]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task RootPath_PrefixesPathAndIsInScope()
    {
        await using var host = await KestrelHost.StartAsync(Text(scope => $"{scope.RootPath} {scope.Path} {scope.RawPath}"), o => o.RootPath = "/api");

        Assert.Equal("/api /api/users /api/users", await host.Client.GetStringAsync("/users"));
    }

    [Fact]
    public async Task MalformedRequest_Is400AndServerKeepsServing()
    {
        await using var host = await KestrelHost.StartAsync(Text(_ => "still here"));

        using (var tcp = new TcpClient())
        {
            await tcp.ConnectAsync(IPAddress.Loopback, host.Address.Port);
            var stream = tcp.GetStream();
            await stream.WriteAsync("NOT AN HTTP REQUEST\r\n\r\n"u8.ToArray());
            var reply = new byte[64];
            var read = await stream.ReadAsync(reply);
            Assert.StartsWith("HTTP/1.1 400", Encoding.ASCII.GetString(reply, 0, read), StringComparison.Ordinal);
        }

        Assert.Equal("still here", await host.Client.GetStringAsync("/"));
    }

    [Fact]
    public async Task WebSocket_InvalidHandshake_Is400()
    {
        await using var host = await KestrelHost.StartAsync(Text(_ => "http"));
        using var request = new HttpRequestMessage(HttpMethod.Get, "/ws");
        request.Headers.TryAddWithoutValidation("Connection", "Upgrade");
        request.Headers.TryAddWithoutValidation("Upgrade", "websocket");
        request.Headers.TryAddWithoutValidation("Sec-WebSocket-Version", "13");
        request.Headers.TryAddWithoutValidation("Sec-WebSocket-Key", "not-a-key");

        Assert.Equal(HttpStatusCode.BadRequest, (await host.Client.SendAsync(request)).StatusCode);
    }

    [Fact]
    public async Task Lifespan_AppThrowsWithoutAnswering_AutoStartsWithoutIt_OnFailsWithTheAppsException()
    {
        // The ASGI spec and uvicorn's "auto": an app that throws on the lifespan scope does not support lifespan.
        AsgiApp app = async (scope, receive, send) =>
        {
            if (scope.Type != ScopeType.Lifespan)
            {
                await Apps.TextAsync(send, $"state: {scope.State is not null}");
                return;
            }

            await receive();
            throw new InvalidOperationException("cannot reach the database");
        };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => KestrelHost.StartAsync(app, o => o.Lifespan = LifespanMode.On));
        Assert.Equal("cannot reach the database", error.Message);
        await using var auto = await KestrelHost.StartAsync(app);
        Assert.Equal("state: False", await auto.Client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Lifespan_AppRejectsTheScopeType_AutoStartsWithoutIt()
    {
        AsgiApp app = (scope, receive, send) => scope.Type == ScopeType.Http
            ? Apps.TextAsync(send, "ok")
            : throw new InvalidOperationException($"only HTTP, not '{scope.TypeName}'");

        await using var host = await KestrelHost.StartAsync(app);

        Assert.Equal("ok", await host.Client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Lifespan_OnButAppIgnoresIt_StartFails()
    {
        AsgiApp app = (scope, receive, send) => scope.Type == ScopeType.Lifespan ? ValueTask.CompletedTask : Apps.TextAsync(send, "ok");

        await Assert.ThrowsAsync<InvalidOperationException>(() => KestrelHost.StartAsync(app, o => o.Lifespan = LifespanMode.On));
        await using var auto = await KestrelHost.StartAsync(app);
        Assert.Equal("ok", await auto.Client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Lifespan_Off_IsNotRun()
    {
        var ran = false;
        AsgiApp app = (scope, receive, send) =>
        {
            if (scope.Type == ScopeType.Lifespan) ran = true;
            return scope.Type == ScopeType.Lifespan ? ValueTask.CompletedTask : Apps.TextAsync(send, $"{scope.State is null}");
        };

        await using var host = await KestrelHost.StartAsync(app, o => o.Lifespan = LifespanMode.Off);

        Assert.Equal("True", await host.Client.GetStringAsync("/"));
        Assert.False(ran);
    }

    [Fact]
    public async Task Latin1HeaderValues_RoundTrip()
    {
        await using var host = await KestrelHost.StartAsync(Http((scope, receive, send) =>
            Apps.TextAsync(send, "", extra: new HttpHeader("x-echo", scope.Headers.First(h => h.Name == "x-name").Value))),
            handler: new SocketsHttpHandler
            {
                RequestHeaderEncodingSelector = (_, _) => Encoding.Latin1,
                ResponseHeaderEncodingSelector = (_, _) => Encoding.Latin1,
            });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("x-name", "caf\u00e9");

        var response = await host.Client.SendAsync(request);

        Assert.Equal("caf\u00e9", response.Headers.GetValues("x-echo").Single());
    }

    [Fact]
    public async Task Urls_Given_AreListenedOnInsteadOfHostAndPort()
    {
        await using var host = await KestrelHost.StartAsync(Text(scope => $"{scope.Server}"), o => { o.Urls.Add("http://127.0.0.1:0"); o.Host = "bogus"; });

        Assert.Equal($"127.0.0.1:{host.Address.Port}", await host.Client.GetStringAsync("/"));
    }

    [Fact]
    public async Task Urls_InvalidScheme_FailsClearly()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => KestrelHost.StartAsync(Text(_ => ""), o => o.Urls.Add("ftp://127.0.0.1:0")));

        Assert.Contains("is not an http:// or https:// URL", error.Message, StringComparison.Ordinal);
    }
}

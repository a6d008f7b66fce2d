using System.Text.Json.Nodes;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.Tests.Errors;

public sealed class ServerErrorMiddlewareTests
{
    private static readonly AsgiApp Failing = (_, _, _) => throw new InvalidOperationException("Something went wrong");

    [Fact]
    public async Task Handler_BuildsThe500Response()
    {
        var app = new ServerErrorMiddleware(Failing, (_, _) =>
            ValueTask.FromResult<Response>(new JsonResponse(new JsonObject { ["detail"] = "Server Error" }, 500)));
        using var client = new TestClient(app.InvokeAsync, new TestClientOptions { RaiseServerExceptions = false });
        var response = await client.GetAsync("/");
        Assert.Equal(500, (int)response.StatusCode);
        Assert.Equal("{\"detail\":\"Server Error\"}", await response.Content.ReadAsStringAsync());
    } // upstream test_handler

    [Fact]
    public async Task NoHandler_PlainInternalServerError()
    {
        using var client = new TestClient(new ServerErrorMiddleware(Failing).InvokeAsync, new TestClientOptions { RaiseServerExceptions = false });
        var response = await client.GetAsync("/");
        Assert.Equal(500, (int)response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.ToString());
        Assert.Equal("Internal Server Error", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Debug_PlainTextTraceback()
    {
        using var client = new TestClient(new ServerErrorMiddleware(Failing, debug: true).InvokeAsync, new TestClientOptions { RaiseServerExceptions = false });
        var response = await client.GetAsync("/");
        Assert.Equal(500, (int)response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType!.ToString());
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("System.InvalidOperationException: Something went wrong", text);
        Assert.Contains(nameof(ServerErrorMiddlewareTests), text);
    } // upstream test_debug_text

    [Fact]
    public async Task Debug_HtmlTraceback()
    {
        using var client = new TestClient(new ServerErrorMiddleware(Failing, debug: true).InvokeAsync, new TestClientOptions { RaiseServerExceptions = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.TryAddWithoutValidation("Accept", "text/html, */*");
        var response = await client.SendAsync(request);
        Assert.Equal(500, (int)response.StatusCode);
        Assert.StartsWith("text/html", response.Content.Headers.ContentType!.ToString());
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("InvalidOperationException", html);
        Assert.Contains("Something went wrong", html);
        Assert.Contains("class=\"frame\"", html);
    } // upstream test_debug_html

    [Fact]
    public async Task Debug_AfterResponseSent_Raises()
    {
        AsgiApp app = async (scope, receive, send) =>
        {
            await new Response(default(ReadOnlyMemory<byte>), 204).ExecuteAsync(scope, receive, send);
            throw new InvalidOperationException("Something went wrong");
        };
        using var client = new TestClient(new ServerErrorMiddleware(app, debug: true).InvokeAsync);
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("/"));
    } // upstream test_debug_after_response_sent

    [Fact]
    public async Task NotHttp_PassesThrough()
    {
        using var client = new TestClient(new ServerErrorMiddleware(Failing).InvokeAsync);
        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var session = await client.WebSocketConnectAsync("/");
        });
    } // upstream test_debug_not_http

    [Fact]
    public async Task BackgroundTaskError_ReachesAppHandler_AfterResponse()
    {
        var accessed = false;
        var handlers = new ExceptionHandlers();
        handlers.Add(typeof(Exception), (_, _) =>
        {
            accessed = true;
            return ValueTask.FromResult<Response>(null!);
        });
        var app = new StarletteApp(
            routes: [new Route("/", (Func<Request, Response>)(_ => new Response(default(ReadOnlyMemory<byte>), 204, background: new BackgroundTask(() => throw new InvalidOperationException("Something went wrong")))))],
            exceptionHandlers: handlers);
        using var client = new TestClient(app, new TestClientOptions { RaiseServerExceptions = false });
        var response = await client.GetAsync("/");
        Assert.Equal(204, (int)response.StatusCode);
        Assert.True(accessed);
    } // upstream test_background_task

    [Fact]
    public async Task InvokeAsync_FailureAfterAnsweredRequestOnSameSend_StillAnswers500()
    {
        // The response-start tracker is reused by the next request on the same send: it must not remember that the
        // previous request's response started.
        var fail = false;
        AsgiApp inner = (scope, receive, send) =>
            fail ? throw new InvalidOperationException("boom") : new PlainTextResponse("ok").ExecuteAsync(scope, receive, send);
        var app = new ServerErrorMiddleware(new ExceptionMiddleware(inner).InvokeAsync);
        var statuses = new List<int>();
        Send send = message =>
        {
            if (message is HttpResponseStartMessage start) statuses.Add(start.Status);
            return ValueTask.CompletedTask;
        };
        Receive receive = () => ValueTask.FromResult<AsgiMessage>(HttpRequestBodyMessage.Empty);

        await app.InvokeAsync(new Scope(ScopeType.Http), receive, send);
        await app.InvokeAsync(new Scope(ScopeType.Http), receive, send);
        fail = true;
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await app.InvokeAsync(new Scope(ScopeType.Http), receive, send));

        Assert.Equal([200, 200, 500], statuses);
    }

    [Fact]
    public async Task InvokeAsync_FailureAfterStartOnReusedTracker_DoesNotAnswerTwice()
    {
        var statuses = new List<int>();
        AsgiApp inner = async (_, _, send) =>
        {
            await send(new HttpResponseStartMessage(200));
            throw new InvalidOperationException("after the start");
        };
        var ok = new ServerErrorMiddleware((scope, receive, send) => new PlainTextResponse("ok").ExecuteAsync(scope, receive, send));
        var failing = new ServerErrorMiddleware(inner);
        Send send = message =>
        {
            if (message is HttpResponseStartMessage start) statuses.Add(start.Status);
            return ValueTask.CompletedTask;
        };
        Receive receive = () => ValueTask.FromResult<AsgiMessage>(HttpRequestBodyMessage.Empty);

        await ok.InvokeAsync(new Scope(ScopeType.Http), receive, send);
        await Assert.ThrowsAsync<InvalidOperationException>(async () => await failing.InvokeAsync(new Scope(ScopeType.Http), receive, send));

        Assert.Equal([200, 200], statuses);
    }
}

using System.Text;
using System.Text.Json.Nodes;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.Tests.Exceptions;

public sealed class ExceptionMiddlewareTests
{
    private sealed class BadBodyException(int statusCode) : HttpException(statusCode);

    private static AsgiApp CreateApp()
    {
        var router = new Router(
        [
            new Route("/runtime_error", (Func<Request, Response>)(_ => throw new InvalidOperationException("Yikes"))),
            new Route("/not_acceptable", (Func<Request, Response>)(_ => throw new HttpException(406))),
            new Route("/no_content", (Func<Request, Response>)(_ => throw new HttpException(204))),
            new Route("/not_modified", (Func<Request, Response>)(_ => throw new HttpException(304))),
            new Route("/with_headers", (Func<Request, Response>)(_ => throw new HttpException(200, headers: new Dictionary<string, string> { ["x-potato"] = "always" }))),
            new Route("/handled_exc_after_response", async (scope, receive, send) =>
            {
                await new PlainTextResponse("OK").ExecuteAsync(scope, receive, send);
                throw new HttpException(406);
            }),
            new WebSocketRoute("/runtime_error", _ => throw new InvalidOperationException("Yikes")),
            new Route("/consume_body_in_endpoint_and_handler", async Task<Response> (request) =>
            {
                await request.BodyAsync();
                throw new BadBodyException(422);
            }, methods: ["POST"]),
        ]);
        var handlers = new ExceptionHandlers();
        handlers.Add<BadBodyException>(async (request, _) =>
        {
            var body = await request.BodyAsync();
            return new JsonResponse(new JsonObject { ["body"] = Encoding.UTF8.GetString(body) }, 422);
        });
        return new ExceptionMiddleware(router, handlers).InvokeAsync;
    }

    [Fact]
    public async Task HttpException_NotAcceptable_PlainTextDetail()
    {
        using var client = new TestClient(CreateApp());
        var response = await client.GetAsync("/not_acceptable");
        Assert.Equal(406, (int)response.StatusCode);
        Assert.Equal("Not Acceptable", await response.Content.ReadAsStringAsync());
    } // upstream test_not_acceptable

    [Fact]
    public async Task HttpException_NoContent_NoContentLength()
    {
        using var client = new TestClient(CreateApp());
        var response = await client.GetAsync("/no_content");
        Assert.Equal(204, (int)response.StatusCode);
        Assert.DoesNotContain(response.GetRawHeaders(), h => h.Name == "content-length");
    } // upstream test_no_content

    [Fact]
    public async Task HttpException_NotModified_EmptyBody()
    {
        using var client = new TestClient(CreateApp());
        var response = await client.GetAsync("/not_modified");
        Assert.Equal(304, (int)response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    } // upstream test_not_modified

    [Fact]
    public async Task HttpException_WithHeaders_HeadersSent()
    {
        using var client = new TestClient(CreateApp());
        var response = await client.GetAsync("/with_headers");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("always", response.Headers.GetValues("x-potato").Single());
    } // upstream test_with_headers

    [Fact]
    public async Task WebSocket_UnhandledError_Raises()
    {
        using var client = new TestClient(CreateApp());
        await Assert.ThrowsAsync<InvalidOperationException>(async () =>
        {
            await using var session = await client.WebSocketConnectAsync("/runtime_error");
        });
    } // upstream test_websockets_should_raise

    [Fact]
    public async Task HandledException_AfterResponseStarted_Raises()
    {
        using (var client = new TestClient(CreateApp()))
        {
            var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("/handled_exc_after_response"));
            Assert.Equal("Caught handled exception, but response already started.", error.Message);
        }

        using var allow200 = new TestClient(CreateApp(), new TestClientOptions { RaiseServerExceptions = false });
        var response = await allow200.GetAsync("/handled_exc_after_response");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("OK", await response.Content.ReadAsStringAsync());
    } // upstream test_handled_exc_after_response

    [Fact]
    public async Task UnhandledError_NoServerErrorMiddleware_TestClientAnswers500()
    {
        var called = false;
        AsgiApp app = (_, _, _) =>
        {
            called = true;
            throw new InvalidOperationException();
        };
        using var client = new TestClient(app, new TestClientOptions { RaiseServerExceptions = false });
        var response = await client.GetAsync("/");
        Assert.True(called);
        Assert.Equal(500, (int)response.StatusCode);
        Assert.Equal("", await response.Content.ReadAsStringAsync());
    } // upstream test_force_500_response

    [Fact]
    public async Task Handler_ReadsBodyTheEndpointConsumed()
    {
        using var client = new TestClient(CreateApp());
        var response = await client.PostAsync("/consume_body_in_endpoint_and_handler", new ByteArrayContent("Hello!"u8.ToArray()));
        Assert.Equal(422, (int)response.StatusCode);
        Assert.Equal("{\"body\":\"Hello!\"}", await response.Content.ReadAsStringAsync());
    } // upstream test_request_in_app_and_handler_is_the_same_object

    [Fact]
    public async Task HttpException_StatusHandler_AwaitedDirectly()
    {
        var handled = false;
        var router = new Router([new Route("/", async Task<Response> (_) =>
        {
            await Task.Yield();
            throw new HttpException(406);
        })]);
        var handlers = new ExceptionHandlers();
        handlers.Add(406, (request, error) =>
        {
            handled = true;
            return ValueTask.FromResult<Response>(new PlainTextResponse("custom", 406));
        });
        using var client = new TestClient(new ExceptionMiddleware(router, handlers).InvokeAsync);
        var response = await client.GetAsync("/");
        Assert.Equal(406, (int)response.StatusCode);
        Assert.Equal("custom", await response.Content.ReadAsStringAsync());
        Assert.True(handled);
    } // upstream test_http_exception_does_not_use_threadpool

    [Fact]
    public void Handlers_AcceptCatchAllHandlers()
    {
        var router = new Router();
        var handlers = new ExceptionHandlers();
        handlers.Add(typeof(Exception), (_, _) => throw new NotImplementedException());
        handlers.Add<Exception>(async (_, _) => { await Task.Yield(); throw new NotImplementedException(); });
        _ = new ExceptionMiddleware(router, handlers);
    } // upstream test_handlers_annotations

    [Fact]
    public async Task Handlers_MostDerivedTypeWins()
    {
        var router = new Router([new Route("/", (Func<Request, Response>)(_ => throw new ArgumentNullException("x")))]);
        var handlers = new ExceptionHandlers();
        handlers.Add<Exception>((_, _) => ValueTask.FromResult<Response>(new PlainTextResponse("exception", 500)));
        handlers.Add<ArgumentException>((_, _) => ValueTask.FromResult<Response>(new PlainTextResponse("argument", 400)));
        using var client = new TestClient(new ExceptionMiddleware(router, handlers).InvokeAsync);
        var response = await client.GetAsync("/");
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("argument", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task WebSocketCloseException_ClosesWithCodeAndReason()
    {
        var router = new Router([new WebSocketRoute("/", async ws =>
        {
            await ws.AcceptAsync();
            throw new WebSocketCloseException(1013, "try later");
        })]);
        using var client = new TestClient(new ExceptionMiddleware(router).InvokeAsync);
        await using var session = await client.WebSocketConnectAsync("/");
        var error = await Assert.ThrowsAnyAsync<WebSocketDisconnectException>(() => session.ReceiveTextAsync());
        Assert.Equal(1013, error.Code);
        Assert.Equal("try later", error.Reason);
    }
}

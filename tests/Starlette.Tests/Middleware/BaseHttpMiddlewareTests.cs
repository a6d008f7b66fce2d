using System.Text;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing;
using Starlette.Types;

using static Starlette.Tests.Middleware.DispatchHarness;

namespace Starlette.Tests.Middleware;

public sealed class BaseHttpMiddlewareTests
{
    private sealed class CustomHeader(AsgiApp next) : BaseHttpMiddleware(next)
    {
        protected override async ValueTask<Response> DispatchAsync(Request request, Func<Request, ValueTask<Response>> callNext)
        {
            var response = await callNext(request);
            response.Headers["Custom-Header"] = "Example";
            return response;
        }
    }

    private static async IAsyncEnumerable<string> Chunks()
    {
        yield return "a";
        await Task.Yield();
        yield return "b";
    }

    private static StarletteApp CreateApp() => new(
        routes:
        [
            new Route("/", (Func<Request, Response>)(_ => new PlainTextResponse("Homepage"))),
            new Route("/exc", (Func<Request, Response>)(_ => throw new InvalidOperationException("Exc"))),
            new Route("/stream", (Func<Request, Response>)(_ => new StreamingResponse(Chunks()))),
            new Route("/echo", async Task<Response> (request) => new PlainTextResponse(Encoding.UTF8.GetString(await request.BodyAsync())), methods: ["POST"]),
            new Route("/none", async (scope, receive, send) => await Task.Yield()),
        ],
        middleware: [new MiddlewareDescriptor("CustomHeader", next => new CustomHeader(next).InvokeAsync)]);

    [Fact]
    public async Task Dispatch_AddsHeader()
    {
        using var client = new TestClient(CreateApp());
        var response = await client.GetAsync("/");
        Assert.Equal("Homepage", await response.Content.ReadAsStringAsync());
        Assert.Equal("Example", response.Headers.GetValues("Custom-Header").Single());
    }

    [Fact]
    public async Task Dispatch_StreamsBody()
    {
        using var client = new TestClient(CreateApp());
        var response = await client.GetAsync("/stream");
        Assert.Equal("ab", await response.Content.ReadAsStringAsync());
        Assert.Equal("Example", response.Headers.GetValues("Custom-Header").Single());
    }

    [Fact]
    public async Task AppError_Propagates()
    {
        using var client = new TestClient(CreateApp());
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("/exc"));
        Assert.Equal("Exc", error.Message);
    }

    [Fact]
    public async Task NoResponse_Raises()
    {
        using var client = new TestClient(CreateApp());
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("/none"));
        Assert.Equal("No response returned.", error.Message);
    }

    [Fact]
    public async Task BodyReadInDispatch_ReplayedToApp()
    {
        var app = new StarletteApp(
            routes: [new Route("/echo", async Task<Response> (request) => new PlainTextResponse(Encoding.UTF8.GetString(await request.BodyAsync())), methods: ["POST"])],
            middleware: [BaseHttpMiddleware.Create(async (request, callNext) =>
            {
                var body = await request.BodyAsync();
                var response = await callNext(request);
                response.Headers["x-seen"] = body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture);
                return response;
            })]);
        using var client = new TestClient(app);
        var response = await client.PostAsync("/echo", new StringContent("hello"));
        Assert.Equal("hello", await response.Content.ReadAsStringAsync());
        Assert.Equal("5", response.Headers.GetValues("x-seen").Single());
    }

    [Fact]
    public async Task DispatchOwnResponse_AppNotCalled()
    {
        var app = new StarletteApp(
            routes: [new Route("/", (Func<Request, Response>)(_ => new PlainTextResponse("app")))],
            middleware: [BaseHttpMiddleware.Create((_, _) => ValueTask.FromResult<Response>(new PlainTextResponse("short-circuit")))]);
        using var client = new TestClient(app);
        Assert.Equal("short-circuit", await client.GetStringAsync("/"));
    }

    private static async IAsyncEnumerable<string> FaultyStream()
    {
        yield return "Ok";
        await Task.Yield();
        throw new InvalidOperationException("Faulty Stream");
    }

    [Fact]
    public async Task CustomMiddleware_HeadersErrorsNoResponseAndWebSocket()
    {
        var app = new StarletteApp(
            routes:
            [
                new Route("/", (Func<Request, Response>)(_ => new PlainTextResponse("Homepage"))),
                new Route("/exc", (Func<Request, Response>)(_ => throw new InvalidOperationException("Exc"))),
                new Route("/exc-stream", (Func<Request, Response>)(_ => new StreamingResponse(FaultyStream()))),
                new Route("/no-response", (_, _, _) => ValueTask.CompletedTask),
                new WebSocketRoute("/ws", async ws =>
                {
                    await ws.AcceptAsync();
                    await ws.SendTextAsync("Hello, world!");
                    await ws.CloseAsync();
                }),
            ],
            middleware: [new MiddlewareDescriptor("CustomHeader", next => new CustomHeader(next).InvokeAsync)]);
        using var client = new TestClient(app);
        var response = await client.GetAsync("/");
        Assert.Equal("Example", response.Headers.GetValues("Custom-Header").Single());
        Assert.Equal("Exc", (await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("/exc"))).Message);
        Assert.Equal("Faulty Stream", (await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("/exc-stream"))).Message);
        await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("/no-response"));
        await using var session = await client.WebSocketConnectAsync("/ws");
        Assert.Equal("Hello, world!", await session.ReceiveTextAsync());
    } // upstream test_custom_middleware

    [Fact]
    public async Task State_SharedAcrossMiddlewares()
    {
        var app = new StarletteApp(
            routes: [new Route("/", (Func<Request, Response>)(_ => new PlainTextResponse("OK")))],
            middleware:
            [
                BaseHttpMiddleware.Create(async (request, callNext) =>
                {
                    request.State["foo"] = "foo";
                    return await callNext(request);
                }),
                BaseHttpMiddleware.Create(async (request, callNext) =>
                {
                    request.State["bar"] = "bar";
                    var response = await callNext(request);
                    response.Headers["X-State-Foo"] = (string)request.State["foo"]!;
                    return response;
                }),
                BaseHttpMiddleware.Create(async (request, callNext) =>
                {
                    var response = await callNext(request);
                    response.Headers["X-State-Bar"] = (string)request.State["bar"]!;
                    return response;
                }),
            ]);
        using var client = new TestClient(app);
        var response = await client.GetAsync("/");
        Assert.Equal("OK", await response.Content.ReadAsStringAsync());
        Assert.Equal("foo", response.Headers.GetValues("X-State-Foo").Single());
        Assert.Equal("bar", response.Headers.GetValues("X-State-Bar").Single());
    } // upstream test_state_data_across_multiple_middlewares

    [Fact]
    public async Task AppMiddlewareArgument()
    {
        var app = new StarletteApp(
            routes: [new Route("/", (Func<Request, Response>)(_ => new PlainTextResponse("Homepage")))],
            middleware: [new MiddlewareDescriptor("CustomHeader", next => new CustomHeader(next).InvokeAsync)]);
        using var client = new TestClient(app);
        var response = await client.GetAsync("/");
        Assert.Equal("Example", response.Headers.GetValues("Custom-Header").Single());
    } // upstream test_app_middleware_argument

    [Fact]
    public async Task FullyEvaluatedResponse_Replaced()
    {
        var app = new StarletteApp(middleware: [BaseHttpMiddleware.Create(async (request, callNext) =>
        {
            await callNext(request);
            return new PlainTextResponse("Custom");
        })]);
        using var client = new TestClient(app);
        Assert.Equal("Custom", await client.GetStringAsync("/does_not_exist"));
    } // upstream test_fully_evaluated_response

    [Fact]
    public async Task BackgroundTaskError_Raises()
    {
        var app = new StarletteApp(
            middleware: [BaseHttpMiddleware.Create((request, callNext) => callNext(request))],
            routes: [new Route("/", (Func<Request, Response>)(_ => new PlainTextResponse("", background: new BackgroundTask(async () =>
            {
                await Task.Delay(100);
                throw new ArgumentException("TEST");
            }))))]);
        using var client = new TestClient(app);
        var error = await Assert.ThrowsAsync<ArgumentException>(() => client.GetAsync("/"));
        Assert.Equal("TEST", error.Message);
    } // upstream test_run_background_tasks_raise_exceptions

    [Fact]
    public async Task Exception_CanBeCaughtInDispatch()
    {
        var app = new StarletteApp(
            middleware: [BaseHttpMiddleware.Create(async (request, callNext) =>
            {
                try
                {
                    return await callNext(request);
                }
                catch (ArgumentException error)
                {
                    return new PlainTextResponse(error.Message, 400);
                }
            })],
            routes: [new Route("/", (Func<Request, Response>)(_ => throw new ArgumentException("TEST")))]);
        using var client = new TestClient(app);
        var response = await client.GetAsync("/");
        Assert.Equal(400, (int)response.StatusCode);
        Assert.Equal("TEST", await response.Content.ReadAsStringAsync());
    } // upstream test_exception_can_be_caught

    [Fact]
    public async Task DownstreamMiddleware_ModifiesReceive()
    {
        AsgiApp endpoint = async (scope, receive, send) =>
        {
            var body = await new Request(scope, receive).BodyAsync();
            Assert.Equal("foo foo ", Encoding.UTF8.GetString(body));
            await new Response().ExecuteAsync(scope, receive, send);
        };
        AsgiApp modifying = (scope, receive, send) => endpoint(scope, async () =>
        {
            var message = await receive();
            return message is HttpRequestBodyMessage body
                ? new HttpRequestBodyMessage((byte[])[.. body.Body.Span, .. body.Body.Span], body.MoreBody)
                : message;
        }, send);
        var middleware = new BaseHttpMiddleware(modifying, async (request, callNext) =>
        {
            Assert.Equal("foo ", Encoding.UTF8.GetString(await request.BodyAsync()));
            return await callNext(request);
        });
        using var client = new TestClient(middleware.InvokeAsync);
        var response = await client.PostAsync("/", new StringContent("foo "));
        Assert.Equal(200, (int)response.StatusCode);
    } // upstream test_downstream_middleware_modifies_receive

    private static Send ExpectStatus200() => message =>
    {
        if (message is HttpResponseStartMessage start) Assert.Equal(200, start.Status);
        return ValueTask.CompletedTask;
    };

    [Fact]
    public async Task DisconnectedClient_AppGetsDisconnect_RequestMarked()
    {
        AsgiApp endpoint = async (scope, receive, send) =>
        {
            Assert.IsType<HttpDisconnectMessage>(await receive());
            await new Response().ExecuteAsync(scope, receive, send);
        };
        var middleware = new BaseHttpMiddleware(endpoint, async (request, callNext) =>
        {
            var response = await callNext(request);
            Assert.True(await request.IsDisconnectedAsync());
            return response;
        });
        await middleware.InvokeAsync(new Scope(ScopeType.Http) { Method = "POST", Path = "/" }, Sequence(HttpDisconnectMessage.Instance), ExpectStatus200());
    } // upstream test_read_request_disconnected_client

    [Fact]
    public async Task DisconnectedAfterConsumingStream_AppGetsBodyThenDisconnect()
    {
        AsgiApp endpoint = async (scope, receive, send) =>
        {
            var body = Assert.IsType<HttpRequestBodyMessage>(await receive());
            Assert.False(body.MoreBody);
            Assert.Equal("hi", Encoding.UTF8.GetString(body.Body.Span));
            Assert.IsType<HttpDisconnectMessage>(await receive());
            await new Response().ExecuteAsync(scope, receive, send);
        };
        var middleware = new BaseHttpMiddleware(endpoint, async (request, callNext) =>
        {
            await request.BodyAsync();
            Assert.True(await request.IsDisconnectedAsync());
            return await callNext(request);
        });
        await middleware.InvokeAsync(
            new Scope(ScopeType.Http) { Method = "POST", Path = "/" },
            Sequence(new HttpRequestBodyMessage("hi"u8.ToArray()), HttpDisconnectMessage.Instance),
            ExpectStatus200());
    } // upstream test_read_request_disconnected_after_consuming_steam

    [Fact]
    public async Task BodyLoggedInDispatch_ModifiedDownstream()
    {
        var bodies = new List<string>();
        var inner = new StarletteApp(routes: [new Route("/", async Task<Response> (request) =>
        {
            bodies.Add(Encoding.UTF8.GetString(await request.BodyAsync()));
            return new Response();
        }, methods: ["POST"])]);
        AsgiApp replaceBody = (scope, receive, send) => inner.InvokeAsync(scope, async () =>
        {
            var message = await receive();
            return message is HttpRequestBodyMessage body
                ? new HttpRequestBodyMessage((byte[])[.. body.Body.Span, .. "-foo"u8], body.MoreBody)
                : message;
        }, send);
        var app = new BaseHttpMiddleware(replaceBody, async (request, callNext) =>
        {
            _ = (await request.BodyAsync()).Length;
            return await callNext(request);
        });
        using var client = new TestClient(app.InvokeAsync);
        var response = await client.PostAsync("/", new StringContent("Hello, World!"));
        response.EnsureSuccessStatusCode();
        Assert.Equal(["Hello, World!-foo"], bodies);
    } // upstream test_pr_1519_comment_1236166180_example

    [Fact]
    public async Task PathSend_Forwarded()
    {
        var path = Path.GetTempFileName();
        try
        {
            await File.WriteAllTextAsync(path, "<file content>");
            var events = new List<AsgiMessage>();
            var app = new StarletteApp(
                middleware: [BaseHttpMiddleware.Create((request, callNext) => callNext(request))],
                routes: [new Route("/", (Func<Request, Response>)(_ => new FileResponse(path)))]);
            var scope = new Scope(ScopeType.Http)
            {
                Method = "GET",
                Path = "/",
                Extensions = new Dictionary<string, object?> { [ExtensionNames.PathSend] = new Dictionary<string, object?>() },
            };
            await app.InvokeAsync(scope, () => throw new NotImplementedException("Should not be called!"), message =>
            {
                events.Add(message);
                return ValueTask.CompletedTask;
            });
            Assert.Equal(2, events.Count);
            Assert.IsType<HttpResponseStartMessage>(events[0]);
            Assert.IsType<HttpResponsePathSendMessage>(events[1]);
        }
        finally
        {
            File.Delete(path);
        }
    } // upstream test_asgi_pathsend_events

    [Fact]
    public async Task BackgroundTask_RunsEvenIfClientDisconnects()
    {
        var ran = false;
        var app = new StarletteApp(
            middleware: [BaseHttpMiddleware.Create((request, callNext) => callNext(request))],
            routes: [new Route("/", (Func<Request, Response>)(_ => new PlainTextResponse("", background: new BackgroundTask(async () =>
            {
                await Task.Delay(100);
                ran = true;
            }))))]);
        await app.InvokeAsync(
            new Scope(ScopeType.Http) { Method = "GET", Path = "/" },
            () => throw new NotImplementedException("Should not be called!"),
            _ => ValueTask.CompletedTask);
        Assert.True(ran);
    } // upstream test_run_background_tasks_even_if_client_disconnects

    [Fact]
    public async Task ErrorContext_Propagated()
    {
        var app = new StarletteApp(
            routes:
            [
                new Route("/exception-without-context", (Func<Request, Response>)(_ => throw new InvalidOperationException("Exception"))),
                new Route("/exception-with-cause", (Func<Request, Response>)(_ => throw new InvalidOperationException("Outer exception", new ArgumentException("Inner exception")))),
            ],
            middleware: [BaseHttpMiddleware.Create((request, callNext) => callNext(request))]);
        using var client = new TestClient(app);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("/exception-without-context"));
        Assert.Equal("Exception", error.Message);
        Assert.Null(error.InnerException);
        error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("/exception-with-cause"));
        Assert.Equal("Outer exception", error.Message);
        Assert.Equal("Inner exception", Assert.IsType<ArgumentException>(error.InnerException).Message);
    } // upstream test_error_context_propagation

    [Fact]
    public async Task DiscardedResponse_AppReceivesDisconnectAfterSending()
    {
        AsgiApp downstream = async (scope, receive, send) =>
        {
            await send(new HttpResponseStartMessage(200, [new HttpHeader("content-type", "text/plain")]));
            await send(new HttpResponseBodyMessage("first chunk, "u8.ToArray(), moreBody: true));
            await send(new HttpResponseBodyMessage("second chunk"u8.ToArray(), moreBody: true));
            Assert.IsType<HttpDisconnectMessage>(await receive());
        };
        var app = new BaseHttpMiddleware(downstream, async (request, callNext) =>
        {
            await callNext(request);
            return new PlainTextResponse("Custom");
        });
        using var client = new TestClient(app.InvokeAsync);
        Assert.Equal("Custom", await client.GetStringAsync("/does_not_exist"));
    } // upstream test_app_receives_http_disconnect_after_sending_if_discarded
}

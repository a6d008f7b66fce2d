using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing;
using Starlette.Types;
using Starlette.Testing.Support.Asgi;

using static Starlette.Tests.Middleware.DispatchHarness;

namespace Starlette.Tests.Middleware;

/// <summary>Context flow, background tasks, discarded responses and disconnects through <see cref="BaseHttpMiddleware"/>.</summary>
public sealed class BaseHttpMiddlewareLifecycleTests
{
    private static readonly AsyncLocal<string?> Context = new();
    private static readonly TimeSpan DeadlockGuard = TimeSpan.FromSeconds(10);

    private static Scope Get() => new(ScopeType.Http) { Method = "GET", Path = "/" };

    public static TheoryData<string> MiddlewareKinds => ["contract-level", "BaseHttpMiddleware"];

    [Theory]
    [MemberData(nameof(MiddlewareKinds))]
    public async Task AsyncLocal_SetInMiddleware_FlowsToEndpointButNotBack(string kind)
    {
        var seenAfter = new List<string?>();
        MiddlewareDescriptor middleware = kind == "BaseHttpMiddleware"
            ? BaseHttpMiddleware.Create(async (request, callNext) =>
            {
                Context.Value = "set by middleware";
                var response = await callNext(request);
                seenAfter.Add(Context.Value);
                return response;
            })
            : new MiddlewareDescriptor("contract-level", next => async (scope, receive, send) =>
            {
                Context.Value = "set by middleware";
                await next(scope, receive, send);
                seenAfter.Add(Context.Value);
            });
        var app = new StarletteApp(
            middleware: [middleware],
            routes: [new Route("/", async Task<Response> (_) =>
            {
                await Task.Yield();
                Assert.Equal("set by middleware", Context.Value);
                Context.Value = "set by endpoint";
                return new PlainTextResponse("Homepage");
            })]);
        using var client = new TestClient(app);
        var response = await client.GetAsync("/");
        Assert.Equal(200, (int)response.StatusCode);
        // .NET restores the caller's ExecutionContext when an awaited async method returns, so an endpoint's change
        // never flows back to any middleware (upstream's BaseHTTPMiddleware case is an expected failure for the same reason).
        Assert.Equal(["set by middleware"], seenAfter);
    } // upstream test_contextvars

    [Fact]
    public async Task BackgroundTasks_DoNotBlockTheResponse()
    {
        var events = new List<string>();
        var bothBodiesSent = new CountdownEvent(2);
        var bodiesDone = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var app = new StarletteApp(
            middleware: [BaseHttpMiddleware.Create((request, callNext) => callNext(request))],
            routes: [new Route("/", (Func<Request, Response>)(_ => new PlainTextResponse("Hello", background: new BackgroundTask(async () =>
            {
                lock (events) events.Add("Background task started");
                // Deadlocks (and the guard fails the test) if a response waits for its own background task.
                await bodiesDone.Task.WaitAsync(DeadlockGuard);
                lock (events) events.Add("Background task finished");
            }))))]);
        ValueTask Send(AsgiMessage message)
        {
            if (message is HttpResponseBodyMessage body)
            {
                lock (events) events.Add(body.MoreBody ? "body" : "end");
                if (!body.MoreBody && bothBodiesSent.Signal()) bodiesDone.TrySetResult();
            }

            return ValueTask.CompletedTask;
        }

        Receive receive = () => throw new NotImplementedException("Should not be called!");
        await Task.WhenAll(Task.Run(() => app.InvokeAsync(Get(), receive, Send).AsTask()), Task.Run(() => app.InvokeAsync(Get(), receive, Send).AsTask()));
        Assert.Equal(2, events.Count(e => e == "body"));
        Assert.Equal(2, events.Count(e => e == "Background task started"));
        Assert.Equal(["end", "end", "Background task finished", "Background task finished"], events.Where(e => e is "end" or "Background task finished"));
    } // upstream test_do_not_block_on_background_tasks

    [Fact]
    public async Task InnerMiddlewareCleanup_RunsBeforeTheCallReturns()
    {
        var exited = false;
        var app = new StarletteApp(
            middleware:
            [
                BaseHttpMiddleware.Create((request, callNext) => callNext(request)),
                new MiddlewareDescriptor("ContextManager", next => async (scope, receive, send) =>
                {
                    try
                    {
                        await next(scope, receive, send);
                    }
                    finally
                    {
                        await Task.Delay(100);
                        exited = true;
                    }
                }),
            ],
            routes: [new Route("/", (Func<Request, Response>)(_ => new PlainTextResponse("", background: new BackgroundTask(() => Task.Delay(100)))))]);
        await app.InvokeAsync(Get(), () => throw new NotImplementedException("Should not be called!"), _ => ValueTask.CompletedTask);
        Assert.True(exited);
    } // upstream test_run_context_manager_exit_even_if_client_disconnects

    [Fact]
    public async Task DiscardedWhileSending_AppReceivesDisconnect()
    {
        AsgiApp downstream = async (scope, receive, send) =>
        {
            await send(new HttpResponseStartMessage(200, [new HttpHeader("content-type", "text/plain")]));
            var disconnected = Task.Run(async () =>
            {
                while (await receive() is not HttpDisconnectMessage)
                {
                }
            });
            var guard = Task.Delay(DeadlockGuard);
            while (!disconnected.IsCompleted)
            {
                Assert.False(guard.IsCompleted, "http.disconnect should have been received");
                await send(new HttpResponseBodyMessage("chunk "u8.ToArray(), moreBody: true));
            }
        };
        var app = new BaseHttpMiddleware(downstream, async (request, callNext) =>
        {
            var response = Assert.IsAssignableFrom<StreamingResponse>(await callNext(request));
            await using (var chunks = response.BodyIterator.GetAsyncEnumerator())
            {
                Assert.True(await chunks.MoveNextAsync());
            }

            return new PlainTextResponse("Custom");
        });
        using var client = new TestClient(app.InvokeAsync);
        Assert.Equal("Custom", await client.GetStringAsync("/does_not_exist"));
    } // upstream test_app_receives_http_disconnect_while_sending_if_discarded

    [Fact]
    public async Task StackedMiddlewares_ClientDisconnected_UnwindInOrder()
    {
        var ordered = new List<string>();
        var background = new List<string>();
        var middleware = Enumerable.Range(1, 10).Select(version => BaseHttpMiddleware.Create(async (request, callNext) =>
        {
            lock (ordered) ordered.Add($"{version}:STARTED");
            var response = await callNext(request);
            lock (ordered) ordered.Add($"{version}:COMPLETED");
            Assert.Null(response.Background);
            response.Background = new BackgroundTask(() =>
            {
                lock (background) background.Add($"{version}:BACKGROUND");
            });
            return response;
        }));
        var app = new StarletteApp(
            routes: [new Route("/", async Task<Response> (request) =>
            {
                await Assert.ThrowsAsync<ClientDisconnectException>(async () => await request.BodyAsync());
                return new Response(ReadOnlyMemory<byte>.Empty);
            })],
            middleware: middleware);
        var sent = await Recorder.CallAsync(app.InvokeAsync, Get(), Sequence(HttpDisconnectMessage.Instance));
        Assert.Equal(
            Enumerable.Range(1, 10).Select(v => $"{v}:STARTED").Concat(Enumerable.Range(1, 10).Reverse().Select(v => $"{v}:COMPLETED")),
            ordered);
        Assert.Equal(Enumerable.Range(1, 10).Select(v => $"{v}:BACKGROUND").Order(), background.Order());
        Assert.Equal(2, sent.Count);
        Assert.Equal([new HttpHeader("content-length", "0")], Assert.IsType<HttpResponseStartMessage>(sent[0]).Headers);
        var end = Assert.IsType<HttpResponseBodyMessage>(sent[1]);
        Assert.True(end.Body.IsEmpty);
        Assert.False(end.MoreBody);
    } // upstream test_multiple_middlewares_stacked_client_disconnected

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task PollForDisconnect_Repeatedly_GetsItFromOneHostMessage(bool sendBody)
    {
        AsgiApp pollDisconnect = async (scope, receive, send) =>
        {
            for (var i = 0; i < 2; i++)
            {
                var message = await receive();
                while (message is HttpRequestBodyMessage) message = await receive();
                Assert.IsType<HttpDisconnectMessage>(message);
            }

            await new Response("good!"u8.ToArray()).ExecuteAsync(scope, receive, send);
        };
        var app = new BaseHttpMiddleware(pollDisconnect, (request, callNext) => callNext(request));
        AsgiMessage[] messages = sendBody
            ? [new HttpRequestBodyMessage("hello"u8.ToArray(), moreBody: true), HttpRequestBodyMessage.Empty, HttpDisconnectMessage.Instance]
            : [HttpDisconnectMessage.Instance];
        var sent = new List<string>();
        await app.InvokeAsync(Get(), Sequence(messages), message =>
        {
            sent.Add(message switch
            {
                HttpResponseStartMessage start => $"start {start.Status} {string.Join(";", start.Headers)}",
                HttpResponseBodyMessage body => $"body '{System.Text.Encoding.UTF8.GetString(body.Body.Span)}' more={body.MoreBody}",
                _ => message.ToString()!,
            });
            return ValueTask.CompletedTask;
        });
        Assert.Equal(
            ["start 200 content-length: 5", "body 'good!' more=True", "body '' more=False"],
            sent);
    } // upstream test_poll_for_disconnect_repeated

    [Fact]
    public async Task AppReusingItsBuffer_BodyArrivesIntact()
    {
        AsgiApp reusing = async (scope, receive, send) =>
        {
            await send(new HttpResponseStartMessage(200, []));
            var buffer = new byte[1];
            foreach (var letter in "abcdefghij"u8.ToArray())
            {
                buffer[0] = letter;
                await send(new HttpResponseBodyMessage(buffer, moreBody: true));
            }

            buffer[0] = (byte)'!';
            await send(HttpResponseBodyMessage.Empty);
        };
        var app = new BaseHttpMiddleware(reusing, (request, callNext) => callNext(request));
        using var client = new TestClient(app.InvokeAsync);
        Assert.Equal("abcdefghij", await client.GetStringAsync("/"));
    } // the contract lets a sender reuse a chunk's buffer once its send completes

    [Fact]
    public async Task BodyIterator_Replaced_ChangesTheBody()
    {
        static async IAsyncEnumerable<ReadOnlyMemory<byte>> Upper(IAsyncEnumerable<ReadOnlyMemory<byte>> chunks)
        {
            await foreach (var chunk in chunks) yield return System.Text.Encoding.ASCII.GetBytes(System.Text.Encoding.ASCII.GetString(chunk.Span).ToUpperInvariant());
        }

        var app = new StarletteApp(
            routes: [new Route("/", (Func<Request, Response>)(_ => new StreamingResponse(new[] { "hello ", "world" })))],
            middleware: [BaseHttpMiddleware.Create(async (request, callNext) =>
            {
                var response = (StreamingResponse)await callNext(request);
                response.BodyIterator = Upper(response.BodyIterator);
                return response;
            })]);
        using var client = new TestClient(app);
        Assert.Equal("HELLO WORLD", await client.GetStringAsync("/"));
    }
}

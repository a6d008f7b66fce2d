using System.Net;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing;
using Starlette.Types;
using Starlette.Testing.Support.Asgi;

using static Starlette.Tests.Middleware.DispatchHarness;

namespace Starlette.Tests.Middleware;

/// <summary><c>max_body_size</c> on the application and the route classes (upstream 1.6.0, tests/middleware/test_body_limit.py).</summary>
public sealed class RequestBodyLimitTests
{
    private static async Task<Response> Echo(Request request) => new(await request.BodyAsync());

    private static Task<HttpResponseMessage> PostAsync(AsgiApp app, string path, string body)
    {
        var client = new TestClient(app);
        return client.PostAsync(path, new StringContent(body));
    }

    private static Scope Post(params HttpHeader[] headers) => new(ScopeType.Http) { Method = "POST", Path = "/", Headers = headers };

    [Fact]
    public async Task Wrap_BodyAtAndOverTheLimit_PassesThenAnswers413()
    {
        var app = RequestBodyLimitMiddleware.Wrap(new StarletteApp(routes: [new Route("/", Echo, methods: ["POST"])]).InvokeAsync, 5);

        var ok = await PostAsync(app, "/", "12345");
        var tooLarge = await PostAsync(app, "/", "123456");

        Assert.Equal("12345", await ok.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, tooLarge.StatusCode);
        Assert.Equal("Content Too Large", await tooLarge.Content.ReadAsStringAsync());
    } // upstream test_body_size_limit

    [Fact]
    public async Task App_DeclaredLengthOverLimit_413EvenIfTheEndpointNeverReads()
    {
        var app = new StarletteApp(routes: [new Route("/", _ => new PlainTextResponse("response"), methods: ["POST"])], maxBodySize: 5);

        var response = await PostAsync(app.InvokeAsync, "/", "123456");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Content Too Large", await response.Content.ReadAsStringAsync());
    } // upstream test_content_length_is_checked_without_reading_body

    [Fact]
    public async Task RouteLimit_BehindDispatchMiddleware_RaisesTheAppLimit()
    {
        var app = new StarletteApp(
            routes: [new Route("/", _ => new PlainTextResponse("response"), methods: ["POST"], maxBodySize: 10)],
            middleware: [BaseHttpMiddleware.Create((request, callNext) => callNext(request))],
            maxBodySize: 5);

        var response = await PostAsync(app.InvokeAsync, "/", "12345678");

        Assert.Equal("response", await response.Content.ReadAsStringAsync());
    } // upstream test_route_override_applies_when_middleware_defers_response_start

    [Fact]
    public async Task Wrap_DeclaredLengthOverLimit_AnswersWithoutReceiving()
    {
        var sent = new List<AsgiMessage>();
        var app = RequestBodyLimitMiddleware.Wrap(async (_, receive, _) => await receive(), 5);

        await app(Post(new HttpHeader("content-length", "6")), () => throw new InvalidOperationException("receive should not be called"), Recorder.Into(sent));

        Assert.Equal(413, ((HttpResponseStartMessage)sent[0]).Status);
    } // upstream test_content_length_rejects_before_receiving_body

    [Fact]
    public async Task Wrap_NoContentLength_CountsReceivedBytes()
    {
        var sent = new List<AsgiMessage>();
        var app = RequestBodyLimitMiddleware.Wrap(async (_, receive, _) => { await receive(); await receive(); }, 5);

        await app(Post(), Sequence(new HttpRequestBodyMessage("123"u8.ToArray(), true), new HttpRequestBodyMessage("456"u8.ToArray())), Recorder.Into(sent));

        Assert.Equal(413, ((HttpResponseStartMessage)sent[0]).Status);
    } // upstream test_received_bytes_are_counted_without_content_length

    [Theory]
    [InlineData("1", "123456", 413)]
    [InlineData("invalid", "12345", 200)]
    public async Task Wrap_UnreliableContentLength_CountsReceivedBytes(string declared, string body, int expected)
    {
        var sent = new List<AsgiMessage>();
        var app = RequestBodyLimitMiddleware.Wrap(new StarletteApp(routes: [new Route("/", Echo, methods: ["POST"])]).InvokeAsync, 5);

        await app(Post(new HttpHeader("content-length", declared)), Sequence(new HttpRequestBodyMessage(System.Text.Encoding.ASCII.GetBytes(body))), Recorder.Into(sent));

        Assert.Equal(expected, ((HttpResponseStartMessage)sent[0]).Status);
    } // upstream test_received_bytes_are_counted_with_unreliable_content_length

    [Fact]
    public async Task Wrap_LimitPassedAfterResponseStarted_Throws413()
    {
        var app = RequestBodyLimitMiddleware.Wrap(async (_, receive, send) =>
        {
            await send(new HttpResponseStartMessage(200));
            await receive();
            await receive();
        }, 5);

        var error = await Assert.ThrowsAnyAsync<HttpException>(async () =>
            await app(Post(), Sequence(new HttpRequestBodyMessage("12345"u8.ToArray(), true), new HttpRequestBodyMessage("6"u8.ToArray())), _ => ValueTask.CompletedTask));

        Assert.Equal(413, error.StatusCode);
    } // upstream test_limit_exceeded_after_response_started_is_raised

    [Fact]
    public async Task Wrap_NonHttpScope_IsUntouched()
    {
        Scope? seen = null;
        var scope = new Scope(ScopeType.Lifespan);
        var app = RequestBodyLimitMiddleware.Wrap((s, _, _) => { seen = s; return ValueTask.CompletedTask; }, 5);

        await app(scope, () => throw new InvalidOperationException(), _ => throw new InvalidOperationException());

        Assert.Same(scope, seen);
        Assert.False(scope.TryGetItem(ScopeItemKeys.MaxBodySize, out _));
    } // upstream test_non_http_scope_is_unchanged

    [Fact]
    public async Task Wrap_DisconnectMessage_PassesThrough()
    {
        AsgiMessage? received = null;
        var app = RequestBodyLimitMiddleware.Wrap(async (_, receive, _) => received = await receive(), 5);

        await app(Post(), Sequence(HttpDisconnectMessage.Instance), _ => throw new InvalidOperationException());

        Assert.Same(HttpDisconnectMessage.Instance, received);
    } // upstream test_non_request_message_passes_through

    [Fact]
    public async Task Wrap_ExistingScopeLimit_IsRestoredAfterwards()
    {
        var scope = Post();
        scope.Items[ScopeItemKeys.MaxBodySize] = 10L;
        object? inside = null;
        var app = RequestBodyLimitMiddleware.Wrap((s, _, _) => { s.TryGetItem(ScopeItemKeys.MaxBodySize, out inside); return ValueTask.CompletedTask; }, 5);

        await app(scope, () => throw new InvalidOperationException(), _ => throw new InvalidOperationException());

        Assert.Equal(5L, inside);
        Assert.Equal(10L, scope.Items[ScopeItemKeys.MaxBodySize]);
    } // upstream test_existing_scope_limit_is_restored

    [Fact]
    public async Task App_Limit_AppliesBeforeUserMiddleware()
    {
        var readsBody = new MiddlewareDescriptor("ReadBody", next => async (scope, receive, send) =>
        {
            await receive();
            await next(scope, receive, send);
        });
        var app = new StarletteApp(routes: [new Route("/", Echo, methods: ["POST"])], middleware: [readsBody], maxBodySize: 5);

        var response = await PostAsync(app.InvokeAsync, "/", "123456");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    } // upstream test_starlette_limit_applies_before_user_middleware

    [Fact]
    public async Task RouteLimit_CanRaiseTheAppLimit()
    {
        var app = new StarletteApp(
            routes: [new Route("/default", Echo, methods: ["POST"]), new Route("/upload", Echo, methods: ["POST"], maxBodySize: 10)],
            maxBodySize: 5);

        var byDefault = await PostAsync(app.InvokeAsync, "/default", "12345678");
        var upload = await PostAsync(app.InvokeAsync, "/upload", "12345678");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, byDefault.StatusCode);
        Assert.Equal("12345678", await upload.Content.ReadAsStringAsync());
    } // upstream test_route_can_raise_application_limit

    [Fact]
    public async Task RouteLimit_CanLowerTheAppLimit()
    {
        var app = new StarletteApp(routes: [new Route("/", Echo, methods: ["POST"], maxBodySize: 5)], maxBodySize: 10);

        var response = await PostAsync(app.InvokeAsync, "/", "123456");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    } // upstream test_route_can_lower_application_limit

    [Fact]
    public async Task MountLimit_ReplacesTheAppLimit()
    {
        var app = new StarletteApp(routes: [new Mount("/upload", [new Route("/", Echo, methods: ["POST"])], maxBodySize: 10)], maxBodySize: 5);

        var response = await PostAsync(app.InvokeAsync, "/upload/", "12345678");

        Assert.Equal("12345678", await response.Content.ReadAsStringAsync());
    } // upstream test_mount_can_override_application_limit

    [Fact]
    public async Task RouterLimit_Answers413()
    {
        var router = new Router([new Route("/", Echo, methods: ["POST"])], maxBodySize: 5);

        var response = await PostAsync(router.InvokeAsync, "/", "123456");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    } // upstream test_router_limit

    [Fact]
    public async Task RouteLimit_SurvivesAScopeCopyInMiddleware()
    {
        var copiesScope = new MiddlewareDescriptor("CopyScope", next => (scope, receive, send) => next(scope.Clone(), receive, send));
        var app = new StarletteApp(routes: [new Route("/", Echo, methods: ["POST"], maxBodySize: 10)], middleware: [copiesScope], maxBodySize: 5);

        var response = await PostAsync(app.InvokeAsync, "/", "12345678");

        Assert.Equal("12345678", await response.Content.ReadAsStringAsync());
    } // upstream test_route_override_survives_shallow_scope_copy

    [Fact]
    public async Task StricterRoute_RejectsABodyMiddlewareAlreadyRead()
    {
        var app = new StarletteApp(
            routes: [new Route("/", Echo, methods: ["POST"], maxBodySize: 5)],
            middleware: [BaseHttpMiddleware.Create(async (request, callNext) =>
            {
                await request.BodyAsync();
                return await callNext(request);
            })],
            maxBodySize: 10);

        var response = await PostAsync(app.InvokeAsync, "/", "123456");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    } // upstream test_stricter_route_rejects_body_read_by_middleware

    [Fact]
    public async Task MultipartFile_CountsTowardsTheLimit()
    {
        var app = new StarletteApp(
            routes: [new Route("/", async request =>
            {
                await using var form = await request.FormAsync();
                return new PlainTextResponse("uploaded");
            }, methods: ["POST"])],
            maxBodySize: 512);
        using var client = new TestClient(app.InvokeAsync);

        var response = await client.PostAsync("/", new MultipartFormDataContent { { new ByteArrayContent(new byte[1024]), "file", "example.txt" } });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    } // upstream test_multipart_file_counts_towards_limit

    [Fact]
    public async Task App_DeclaredLengthOverLimit_BehindDispatchMiddleware_Is413WithoutHanging()
    {
        var app = new StarletteApp(
            routes: [new Route("/", _ => new PlainTextResponse("response"), methods: ["POST"])],
            middleware: [BaseHttpMiddleware.Create((request, callNext) => callNext(request))],
            maxBodySize: 5);

        var response = await PostAsync(app.InvokeAsync, "/", "123456").WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Content Too Large", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void NegativeLimit_IsRefused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new StarletteApp(maxBodySize: -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Route("/", Echo, maxBodySize: -1));
    }

    [Fact]
    public async Task Limit_AnAppsOwn413_IsNotTakenForTheLimit()
    {
        AsgiApp throws413 = (scope, receive, send) => throw new HttpException(413, "Content Too Large");
        using var client = new TestClient(RequestBodyLimitMiddleware.Wrap(throws413, 100));

        var error = await Assert.ThrowsAsync<HttpException>(() => client.PostAsync("/", new ByteArrayContent(new byte[10])));

        Assert.Equal(413, error.StatusCode);
    }

    [Fact]
    public async Task Limit_RequestInsideTheMiddleware_CountsOnceAndAnswers413()
    {
        var reads = 0;
        using var client = new TestClient(new StarletteApp(maxBodySize: 4, routes:
        [
            new Route("/", async request =>
            {
                reads++;
                Assert.Null(request.MaxBodySize);
                return new Response(await request.BodyAsync());
            }, methods: ["POST"]),
        ]));

        var response = await client.PostAsync("/", new ByteArrayContent(new byte[10]));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Content Too Large", await response.Content.ReadAsStringAsync());
        Assert.Equal(1, reads);
    }
}

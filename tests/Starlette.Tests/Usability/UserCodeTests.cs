using System.Text.Json.Nodes;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.Tests.Usability;

/// <summary>
/// Code as users write it: each friction point a new user hit (and had to work around with casts or spelled-out
/// type arguments) in its natural form. The file compiling is half the test; the requests check it does what it reads.
/// </summary>
public sealed class UserCodeTests
{
    [Fact]
    public async Task Mount_StarletteApp_CompilesWithoutCastAndResolvesNestedNames()
    {
        var admin = new StarletteApp(routes: [new Route("/users/{user_id:int}", UserPage, name: "user")]);
        var app = new StarletteApp(routes: [new Mount("/admin", admin, name: "admin")]);
        app.Mount("/backoffice", admin, name: "backoffice");
        using var client = new TestClient(app);

        Assert.Equal("user 7 at http://testserver/admin/users/7", await client.GetStringAsync("/admin/users/7"));
        Assert.Equal("/backoffice/users/1", app.UrlPathFor("backoffice:user", new Dictionary<string, object?> { ["user_id"] = 1 }).Path);
    }

    [Fact]
    public async Task HttpEndpoint_EveryVerbTakesSyncAndTaskOfConcreteResponse()
    {
        var endpoint = new HttpEndpoint()
            .Get(ListUsers)
            .Post(request => new PlainTextResponse("created", 201))
            .Put(request => ValueTask.FromResult<Response>(new PlainTextResponse("replaced")))
            .Delete(async request => new PlainTextResponse("deleted"))
            .Map("PATCH", request => ValueTask.FromResult(new PlainTextResponse("patched")));
        using var client = new TestClient(new StarletteApp(routes: [new Route("/users", endpoint)]));

        Assert.Equal("[\"ada\"]", await client.GetStringAsync("/users"));
        var created = await client.PostAsync("/users", null);
        Assert.Equal(201, (int)created.StatusCode);
        Assert.Equal("replaced", await (await client.PutAsync("/users", null)).Content.ReadAsStringAsync());
        Assert.Equal("deleted", await (await client.DeleteAsync("/users")).Content.ReadAsStringAsync());
        Assert.Equal("patched", await (await client.PatchAsync("/users", null)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task BackgroundTask_TakesValueTaskLambdas()
    {
        var ran = new List<string>();
        var tasks = new BackgroundTasks();
        tasks.AddTask(async () => { await Task.Yield(); ran.Add("value-task"); });
        tasks.AddTask(() => ran.Add("sync"));
        var single = new BackgroundTask(() => { ran.Add("single"); return ValueTask.CompletedTask; });
        tasks.Add(single);
        using var client = new TestClient(new StarletteApp(routes:
            [new Route("/", request => new PlainTextResponse("ok", background: tasks))]));

        await client.GetStringAsync("/");

        Assert.Equal(["value-task", "sync", "single"], ran);
    }

    [Fact]
    public async Task PathParamAndUrlFor_TypedAndInline()
    {
        var app = new StarletteApp(routes:
        [
            new Route("/{tenant}/items/{item_id:int}", request =>
            {
                var id = request.PathParam<int>("item_id");
                var next = request.UrlFor("item", ("tenant", request.PathParam<string>("tenant")), ("item_id", id + 1));
                return new PlainTextResponse($"{id + 1} -> {next}");
            }, name: "item"),
        ]);
        using var client = new TestClient(app);

        Assert.Equal("42 -> http://testserver/acme/items/42", await client.GetStringAsync("/acme/items/41"));
    }

    [Fact]
    public async Task PathParam_WrongTypeOrName_SaysWhich()
    {
        Exception? wrongType = null, wrongName = null;
        var app = new StarletteApp(routes:
        [
            new Route("/items/{item_id:int}", request =>
            {
                wrongType = Record(() => request.PathParam<string>("item_id"));
                wrongName = Record(() => request.PathParam<int>("id"));
                return new PlainTextResponse("ok");
            }),
        ]);
        using var client = new TestClient(app);

        await client.GetStringAsync("/items/3");

        Assert.Equal("The path parameter 'item_id' is a Int32, not a String.", Assert.IsType<InvalidCastException>(wrongType).Message);
        Assert.Equal("The route has no path parameter 'id'.", Assert.IsType<KeyNotFoundException>(wrongName).Message);
    }

    [Fact]
    public async Task MiddlewareDescriptor_AppAndUserAndLifespan_AreTyped()
    {
        IRoutedApp? started = null;
        MiddlewareDescriptor signIn = new("SignIn", next => (scope, receive, send) =>
        {
            if (scope.Type != ScopeType.Lifespan)
            {
                scope.Items[ScopeItemKeys.User] = new Visitor("ada");
                scope.Items[ScopeItemKeys.Auth] = new AuthCredentials(["authenticated"]);
            }

            return next(scope, receive, send);
        });
        var app = new StarletteApp(
            middleware: [signIn],
            lifespan: async routed =>
            {
                await Task.Yield();
                started = routed;
                return null;
            },
            routes: [new Route("/", request => new PlainTextResponse(
                $"{request.User.DisplayName} {request.Auth.HasScope("authenticated")} {request.App.State.Get<string>("greeting")}"))]);
        app.State["greeting"] = "hello";
        using var client = new TestClient(app);
        await using (await client.StartLifespanAsync())
        {
            Assert.Equal("ada True hello", await client.GetStringAsync("/"));
        }

        Assert.Same(app, started);
        Assert.Contains(app.UserMiddleware, m => m.Name == "SignIn");
    }

    [Fact]
    public void App_OutsideAStarletteApp_SaysSo()
    {
        var request = new Request(new Scope(ScopeType.Http));

        var error = Assert.Throws<InvalidOperationException>(() => request.App);

        Assert.Equal("The scope has no 'app': the connection is not running inside a StarletteApp.", error.Message);
    }

    private sealed class Visitor(string name) : IUser
    {
        public bool IsAuthenticated => true;

        public string DisplayName => name;

        public string Identity => name;
    }

    [Fact]
    public async Task StatusExceptionHandler_ReceivesHttpExceptionTyped()
    {
        var handlers = new ExceptionHandlers();
        handlers.Add(404, (request, error) =>
            ValueTask.FromResult<Response>(new PlainTextResponse($"{error.StatusCode}: {error.Detail}", error.StatusCode)));
        handlers.AddServerError((request, error) => ValueTask.FromResult<Response>(new PlainTextResponse(error.GetType().Name, 500)));
        var app = new StarletteApp(
            exceptionHandlers: handlers,
            routes: [new Route("/boom", Response (request) => throw new InvalidOperationException("boom"))]);
        using var client = new TestClient(app, new TestClientOptions { RaiseServerExceptions = false });

        var missing = await client.GetAsync("/nowhere");
        var boom = await client.GetAsync("/boom");

        Assert.Equal("404: Not Found", await missing.Content.ReadAsStringAsync());
        Assert.Equal("InvalidOperationException", await boom.Content.ReadAsStringAsync());
        Assert.Throws<ArgumentOutOfRangeException>(() => handlers.Add(500, (request, error) => default));
    }

    [Fact]
    public async Task QueryParamsMultiItems_ValuesAreNotNullable()
    {
        var app = new StarletteApp(routes: [new Route("/", request =>
        {
            var lengths = new List<string>();
            foreach (var (key, value) in request.QueryParams.MultiItems()) lengths.Add($"{key}={value.Length}");
            return new PlainTextResponse(string.Join(",", lengths));
        })]);
        using var client = new TestClient(app);

        Assert.Equal("a=1,a=0,b=3", await client.GetStringAsync("/?a=1&a=&b=two"));
    }

    [Fact]
    public async Task JsonResponse_ObjectsCamelCaseDictionariesAsTheyAre_RoundTripThroughJsonAsync()
    {
        var app = new StarletteApp(routes:
        [
            new Route("/order", request => new JsonResponse(new Order("A-1", 2))),
            new Route("/echo", async request => new JsonResponse(await request.JsonAsync<Order>()), methods: ["POST"]),
            new Route("/map", request => new JsonResponse(new Dictionary<string, int> { ["OrderId"] = 1 })),
        ]);
        using var client = new TestClient(app);

        Assert.Equal("{\"orderId\":\"A-1\",\"quantity\":2}", await client.GetStringAsync("/order"));
        var echo = await client.PostAsync("/echo", new StringContent("{\"orderId\":\"B\",\"quantity\":3}"));
        Assert.Equal("{\"orderId\":\"B\",\"quantity\":3}", await echo.Content.ReadAsStringAsync());
        Assert.Equal("{\"OrderId\":1}", await client.GetStringAsync("/map"));
    }

    private sealed record Order(string OrderId, int Quantity);

    [Fact]
    public async Task RouteCreate_TakesTaskAndValueTaskOfConcreteResponseMethodGroups()
    {
        var app = new StarletteApp(routes:
        [
            Route.Create("/users", ListUsers),
            Route.Create("/ping", Ping, methods: ["GET", "POST"]),
        ]);
        using var client = new TestClient(app);

        Assert.Equal("[\"ada\"]", await client.GetStringAsync("/users"));
        Assert.Equal("pong", await (await client.PostAsync("/ping", null)).Content.ReadAsStringAsync());
        Assert.Equal("/users", app.UrlPathFor("ListUsers", new Dictionary<string, object?>()).Path);
    }

    private static ValueTask<PlainTextResponse> Ping(Request request) => ValueTask.FromResult(new PlainTextResponse("pong"));

    [Fact]
    public async Task Headers_TuplesPairsDictionaryOrArray()
    {
        var app = new StarletteApp(routes:
        [
            new Route("/tuples", request => new PlainTextResponse("ok", headers: [("X-Custom", "yes"), ("X-Custom", "twice")])),
            new Route("/pairs", request => new PlainTextResponse("ok", headers: [new("X-Custom", "yes"), new("X-Other", "too")])),
            new Route("/dict", request => new JsonResponse(new { ok = true }, headers: new Dictionary<string, string> { ["X-Custom"] = "dict" })),
            new Route("/array", request => new HtmlResponse("<p>ok</p>", headers: new[] { KeyValuePair.Create("X-Custom", "array") })),
        ]);
        using var client = new TestClient(app);

        var tuples = await client.GetAsync("/tuples");
        var pairs = await client.GetAsync("/pairs");
        var dict = await client.GetAsync("/dict");
        var array = await client.GetAsync("/array");

        Assert.Equal(["yes", "twice"], tuples.Headers.GetValues("X-Custom"));
        Assert.Equal(["yes"], pairs.Headers.GetValues("X-Custom"));
        Assert.Equal(["too"], pairs.Headers.GetValues("X-Other"));
        Assert.Equal(["dict"], dict.Headers.GetValues("X-Custom"));
        Assert.Equal(["array"], array.Headers.GetValues("X-Custom"));
    }

    private static Exception? Record(Action action)
    {
        try
        {
            action();
            return null;
        }
        catch (Exception error)
        {
            return error;
        }
    }

    private static PlainTextResponse UserPage(Request request) =>
        new($"user {request.PathParam<int>("user_id")} at {request.UrlFor("admin:user", ("user_id", request.PathParam<int>("user_id")))}");

    private static async Task<JsonResponse> ListUsers(Request request)
    {
        await Task.Yield();
        return new JsonResponse(new JsonArray("ada"));
    }
}

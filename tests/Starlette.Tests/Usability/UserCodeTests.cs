using System.Text.Json.Nodes;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Testing;

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

using System.Net;
using Starlette.Types;
using static Starlette.Typed.Tests.Harness;

namespace Starlette.Typed.Tests.Api;

public class ErrorHandlingTests
{
    [Fact]
    public async Task Get_ProblemException_AnswersProblemDetails()
    {
        var api = new TypedApi();
        api.Get("/todos/{id:int}", (int id) => id == 1 ? new Todo("one") : throw new ProblemException(404, $"No todo {id}."));
        api.Get("/async", async () =>
        {
            await Task.Yield();
            return Busy();
        });
        using var client = Client(api);

        var response = await client.GetAsync("/todos/2");
        var problem = await BodyAsync(response);
        var busy = await BodyAsync(await client.GetAsync("/async"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("about:blank", problem.GetProperty("type").GetString());
        Assert.Equal("Not Found", problem.GetProperty("title").GetString());
        Assert.Equal("No todo 2.", problem.GetProperty("detail").GetString());
        Assert.Equal("Busy", busy.GetProperty("title").GetString());
        Assert.Equal("https://example.org/busy", busy.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Get_HttpExceptionInsideStarletteApp_GoesToTheAppsHandlers()
    {
        var api = new TypedApi();
        api.Get("/teapot", () => Teapot());
        var app = new StarletteApp(routes: api.Routes);
        using var client = new Starlette.Testing.TestClient(app.ToApp());

        var response = await client.GetAsync("/teapot");

        Assert.Equal((HttpStatusCode)418, response.StatusCode);
        Assert.Equal("short and stout", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void Get_AfterRoutesWereBuilt_Throws()
    {
        var api = new TypedApi();
        api.Get("/a", () => 1);
        _ = api.Routes;
        Assert.Throws<InvalidOperationException>(() => api.Get("/b", () => 2));
        Assert.Single(api.Endpoints);
    }

    private static int Busy() => throw new ProblemException(409, "Conflict!", title: "Busy", type: "https://example.org/busy");

    private static int Teapot() => throw new HttpException(418, "short and stout");

    [Fact]
    public void ProblemException_Constructors_KeepStatusAndMessage()
    {
        Assert.Equal(500, new ProblemException().Status);
        Assert.Equal("m", new ProblemException("m").Message);
        var inner = new InvalidOperationException();
        Assert.Same(inner, new ProblemException("m", inner).InnerException);
        Assert.Equal("Not Found", new ProblemException(404).Message);
    }
}

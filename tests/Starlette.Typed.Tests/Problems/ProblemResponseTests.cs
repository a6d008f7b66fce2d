using static Starlette.Typed.Tests.Harness;

namespace Starlette.Typed.Tests.Problems;

public class ProblemResponseTests
{
    [Fact]
    public async Task Get_ProblemWithStatusOutsideHttp_TitleIsError()
    {
        var api = new TypedApi();
        api.Get("/odd", int () => throw new ProblemException(599, "Odd."));
        using var client = Client(api);

        var response = await client.GetAsync("/odd");
        var problem = await BodyAsync(response);

        Assert.Equal(599, (int)response.StatusCode);
        Assert.Equal("Error", problem.GetProperty("title").GetString());
        Assert.Equal("Odd.", problem.GetProperty("detail").GetString());
    }
}

using Starlette.Routing;
using Starlette.Testing;
using StaticFilesApp = Starlette.StaticFiles.StaticFiles;

namespace Starlette.Tests.Applications;

public sealed class StarletteAppMountTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("starlette-mount-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public async Task Mount_StaticFiles_ServesGetAndRefusesPost()
    {
        await File.WriteAllTextAsync(Path.Combine(_directory, "example.txt"), "<file content>");
        var app = new StarletteApp(routes: [new Mount("/static", new StaticFilesApp(_directory))]);
        using var client = new TestClient(app);

        var response = await client.GetAsync("/static/example.txt");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("<file content>", await response.Content.ReadAsStringAsync());

        response = await client.PostAsync("/static/example.txt", null);
        Assert.Equal(405, (int)response.StatusCode);
        Assert.Equal("Method Not Allowed", await response.Content.ReadAsStringAsync());
    } // upstream test_app_mount
}

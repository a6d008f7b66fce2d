using System.Text.RegularExpressions;

namespace Starlette.Repository.Tests;

/// <summary>
/// The README's install section, done as a new user does it, from packages (not project references): every package
/// packed into a local feed, fresh projects outside the repository, `dotnet add package`, build, run; and the
/// `dotnet new starlette` template installed from that feed.
/// </summary>
public sealed class ConsumerInstallTests(LocalFeed feed) : IClassFixture<LocalFeed>
{
    [Fact]
    public void Pack_EveryPackage_LandsInTheFeedWithItsSymbols()
    {
        var packed = feed.Packages.ToList();

        foreach (var id in RepoPaths.PackageIds)
            Assert.Single(packed, file => Regex.IsMatch(file, $@"^{Regex.Escape(id)}\.\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?\.nupkg$"));
    }

    [Fact]
    public async Task ConsoleApp_RoutingResponsesAndKestrelFromTheFeed_AnswersARealRequest()
    {
        feed.Dotnet("", "new", "console", "-o", "HelloRouting");
        foreach (var package in new[] { "Starlette.Routing", "Starlette.Responses", "Starlette.Hosting.Kestrel" })
            feed.Dotnet("HelloRouting", "add", "package", package, "--prerelease");
        File.WriteAllText(Path.Combine(feed.Root, "HelloRouting", "Program.cs"), """
            using Starlette.Hosting.Kestrel;
            using Starlette.Requests;
            using Starlette.Responses;
            using Starlette.Routing;

            var router = new Router(routes:
            [
                new Route("/hello/{name}", (Request request) => new PlainTextResponse($"Hello, {request.PathParams["name"]}!")),
            ]);
            var port = args.Length > 0 ? int.Parse(args[0]) : 8000;
            await AsgiServer.RunAsync(router.ToApp(), new AsgiServerOptions { Host = "127.0.0.1", Port = port });
            """);
        feed.Dotnet("HelloRouting", "build", "-nologo");

        using var app = new ServedApp(Path.Combine(feed.Root, "HelloRouting", "bin", "Debug", "net10.0", "HelloRouting.dll"));
        using var response = await app.GetAsync("/hello/consumer");

        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("Hello, consumer!", await response.Content.ReadAsStringAsync());
        AssertInstalledFromFeed("HelloRouting", "Starlette.Routing", "Starlette.Types");
    }

    [Fact]
    public void XunitProject_StarletteAndTestClientFromTheFeed_RunsItsTest()
    {
        feed.Dotnet("", "new", "xunit", "-o", "HelloTests");
        foreach (var package in new[] { "Starlette", "Starlette.TestClient" })
            feed.Dotnet("HelloTests", "add", "package", package, "--prerelease");
        File.WriteAllText(Path.Combine(feed.Root, "HelloTests", "UnitTest1.cs"), """
            using Starlette;
            using Starlette.Requests;
            using Starlette.Responses;
            using Starlette.Routing;
            using Starlette.Testing;

            public class AppTests
            {
                [Fact]
                public async Task Get_UserRoute_AnswersWithTheId()
                {
                    var app = new StarletteApp(routes:
                    [
                        new Route("/users/{user_id:int}", (Request request) => new PlainTextResponse($"User {request.PathParams["user_id"]}")),
                    ]);
                    using var client = new TestClient(app);

                    Assert.Equal("User 42", await client.GetStringAsync("/users/42"));
                }
            }
            """);

        var output = feed.Dotnet("HelloTests", "test", "-nologo");

        Assert.Matches(@"Passed:\s+1\b", output);
        AssertInstalledFromFeed("HelloTests", "Starlette", "Starlette.TestClient");
    }

    [Fact]
    public async Task Template_InstalledFromTheFeed_GeneratesAnAppWhoseTestsPassAndWhichServes()
    {
        // A private template hive: the machine's own template list is left alone.
        var hive = Path.Combine(feed.Root, "template-hive");
        var template = Directory.GetFiles(feed.Feed, "Starlette.Templates.*.nupkg").Single();
        feed.Dotnet("", "new", "install", template, "--debug:custom-hive", hive);
        feed.Dotnet("", "new", "starlette", "-o", "FromTemplate", "--debug:custom-hive", hive);

        var output = feed.Dotnet("FromTemplate", "test", "-nologo");
        using var app = new ServedApp(Path.Combine(feed.Root, "FromTemplate", "FromTemplate", "bin", "Debug", "net10.0", "FromTemplate.dll"));
        using var response = await app.GetAsync("/hello/feed");

        Assert.Matches(@"Passed:\s+3\b", output);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal("{\"hello\":\"feed\"}", await response.Content.ReadAsStringAsync());
        AssertInstalledFromFeed(Path.Combine("FromTemplate", "FromTemplate"), "Starlette", "Starlette.Hosting.Kestrel");
        AssertInstalledFromFeed(Path.Combine("FromTemplate", "FromTemplate.Tests"), "Starlette.TestClient");
    }

    // The restore used the feed's packages (the private packages folder holds them), not project references.
    private void AssertInstalledFromFeed(string project, params string[] ids)
    {
        var assets = File.ReadAllText(Path.Combine(feed.Root, project, "obj", "project.assets.json"));
        foreach (var id in ids)
        {
            Assert.Matches($"\"{Regex.Escape(id)}/[^\"]+\": {{\\s*\"type\": \"package\"", assets);
            Assert.True(Directory.Exists(Path.Combine(feed.Root, "packages", id.ToLowerInvariant())), $"{id} is not in the private packages folder.");
        }
    }
}

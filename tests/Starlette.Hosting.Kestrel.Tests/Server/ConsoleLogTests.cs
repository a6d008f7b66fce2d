using System.Text.Json;
using Starlette.Types;
using static Starlette.Hosting.Kestrel.Tests.HostedApps;

namespace Starlette.Hosting.Kestrel.Tests;

/// <summary>Tests that replace the process's console and environment, so they run alone.</summary>
[CollectionDefinition(nameof(ProcessConsole), DisableParallelization = true)]
public sealed class ProcessConsole;

/// <summary>The console log of a server given no logger factory: multi-line readable exceptions in development, one line per event otherwise.</summary>
[Collection(nameof(ProcessConsole))]
public sealed class ConsoleLogTests
{
    private static readonly AsgiApp Failing = Http(async (scope, _, _) =>
    {
        scope.Items[ScopeItemKeys.RequestId] = "rid-console";
        await ThrowingHandlerAsync();
    });

    [Fact]
    public async Task ConsoleLog_Development_AppExceptionOnSeveralReadableLines()
    {
        var output = await RunAsync(ConsoleLogFormat.Auto, "Development");

        Assert.Contains("fail: Starlette.Hosting.Kestrel[2]" + Environment.NewLine, output);
        Assert.Matches(@"(?m)^      => .*RequestId:rid-console\r?$", output);
        Assert.Matches(@"(?m)^      Exception in ASGI application \(.*\)\r?$", output);
        Assert.Matches(@"(?m)^      System.FormatException: the cause\r?$", output);
        Assert.Matches(@"(?m)^      The above exception was the direct cause of the following exception:\r?$", output);
        Assert.Matches(@"(?m)^      System.InvalidOperationException: boom on the console\r?$", output);
        Assert.Matches(@"(?m)^         at Starlette\.Hosting\.Kestrel\.Tests\.ConsoleLogTests\.ThrowingHandlerAsync in .*ConsoleLogTests\.cs:line \d+\r?$", output);
        Assert.Matches(@"(?m)^         at Starlette\.Hosting\.Kestrel\.Tests\.ConsoleLogTests\.\.cctor\+lambda in .*ConsoleLogTests\.cs:line \d+\r?$", output);
        Assert.DoesNotContain("MoveNext", output);
        Assert.Matches(@"(?m)^info: Starlette\.Hosting\.Kestrel\.Access\[1\]\r?$", output);
    }

    [Fact]
    public async Task ConsoleLog_Production_OneLinePerEvent()
    {
        var output = await RunAsync(ConsoleLogFormat.Auto, "Production");

        var failure = Assert.Single(Lines(output), line => line.StartsWith("fail:", StringComparison.Ordinal));
        Assert.Contains("Exception in ASGI application", failure);
        Assert.Contains("System.InvalidOperationException: boom on the console", failure);
        Assert.Contains("System.FormatException: the cause", failure);
        Assert.All(Lines(output), line => Assert.Matches("^(info|fail|warn|dbug): ", line));
    }

    [Fact]
    public async Task ConsoleLog_Json_OneObjectPerEventWithScopes()
    {
        var output = await RunAsync(ConsoleLogFormat.Json, "Development");

        var entries = Lines(output).Select(line => JsonDocument.Parse(line).RootElement).ToList();
        var failure = Assert.Single(entries, entry => entry.GetProperty("EventId").GetInt32() == 2 && entry.GetProperty("Category").GetString() == "Starlette.Hosting.Kestrel");
        Assert.Contains("boom on the console", failure.GetProperty("Exception").GetString());
        Assert.Contains("rid-console", failure.GetProperty("Scopes").GetRawText());
    }

    [Fact]
    public async Task ConsoleLog_UnknownFormat_StartThrows()
    {
        var error = await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() =>
            AsgiServer.StartAsync(Failing, new AsgiServerOptions { Port = 0, ConsoleLogFormat = (ConsoleLogFormat)42 }));
        Assert.Contains("Not a ConsoleLogFormat", error.Message);
    }

    private static async Task ThrowingHandlerAsync()
    {
        await Task.Yield();
        try
        {
            throw new FormatException("the cause");
        }
        catch (FormatException cause)
        {
            throw new InvalidOperationException("boom on the console", cause);
        }
    }

    private static string[] Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    // Serves Failing with the console replaced and the environment set, requests it once, and returns what the console got.
    private static async Task<string> RunAsync(ConsoleLogFormat format, string environment)
    {
        var console = Console.Out;
        var aspnet = Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT");
        var dotnet = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT");
        var captured = new StringWriter();
        var writer = TextWriter.Synchronized(captured);
        string Text()
        {
            lock (writer) return captured.ToString(); // the synchronized writer locks itself around each write
        }

        Console.SetOut(writer);
        Environment.SetEnvironmentVariable("ASPNETCORE_ENVIRONMENT", environment);
        Environment.SetEnvironmentVariable("DOTNET_ENVIRONMENT", null);
        try
        {
            var server = await AsgiServer.StartAsync(Failing, new AsgiServerOptions { Port = 0, ConsoleLogFormat = format, Lifespan = LifespanMode.Off });
            await using (server)
            {
                using var client = new HttpClient { BaseAddress = server.Addresses[0] };
                Assert.Equal(500, (int)(await client.GetAsync("/")).StatusCode);
                for (var waited = TimeSpan.Zero; waited < Patience && !Text().Contains("Access", StringComparison.Ordinal); waited += TimeSpan.FromMilliseconds(20))
                    await Task.Delay(20);
            }

            return Text();
        }
        finally
        {
            Console.SetOut(console);
            Environment.SetEnvironmentVariable("ASPNETCORE_ENVIRONMENT", aspnet);
            Environment.SetEnvironmentVariable("DOTNET_ENVIRONMENT", dotnet);
        }
    }
}

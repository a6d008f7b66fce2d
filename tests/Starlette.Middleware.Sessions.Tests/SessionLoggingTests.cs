using Microsoft.Extensions.Logging;
using Starlette.Testing;
using static Starlette.Middleware.Sessions.Tests.Harness;

namespace Starlette.Middleware.Sessions.Tests;

public class SessionLoggingTests
{
    private sealed class Capture : ILogger
    {
        public List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            Entries.Add((logLevel, formatter(state, exception)));
    }

    [Fact]
    public async Task Wrap_CookieOver4KB_LogsAWarning()
    {
        var log = new Capture();
        using var client = new TestClient(App(o => o.Logger = log));

        var response = await client.PostAsync("/update_session", Json($"{{\"big\":\"{new string('x', 5000)}\"}}"));

        Assert.NotNull(Header(response, "set-cookie"));
        var (level, message) = Assert.Single(log.Entries);
        Assert.Equal(LogLevel.Warning, level);
        Assert.StartsWith("The 'session' session cookie is ", message, StringComparison.Ordinal);
        Assert.Contains("more than the 4096 bytes browsers keep", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Wrap_SmallCookie_LogsNothing()
    {
        var log = new Capture();
        using var client = new TestClient(App(o => o.Logger = log));

        await client.PostAsync("/update_session", Json("{\"some\":\"data\"}"));

        Assert.Empty(log.Entries);
    }
}

using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Starlette.Types;

namespace Starlette.Hosting.Kestrel.Tests;

/// <summary>An app served by <see cref="AsgiServer"/> on a free loopback port, with a client pointed at it and the log captured.</summary>
internal sealed class KestrelHost : IAsyncDisposable
{
    private KestrelHost(AsgiServer server, HttpClient client, LogSink log)
    {
        Server = server;
        Client = client;
        Log = log;
    }

    public AsgiServer Server { get; }

    public HttpClient Client { get; }

    public LogSink Log { get; }

    public Uri Address => Server.Addresses[0];

    public static async Task<KestrelHost> StartAsync(AsgiApp app, Action<AsgiServerOptions>? configure = null, HttpMessageHandler? handler = null, LogLevel logLevel = LogLevel.Information)
    {
        var log = new LogSink(logLevel);
        var options = new AsgiServerOptions { Port = 0, LoggerFactory = log.Factory, ShutdownTimeout = TimeSpan.FromSeconds(10) };
        configure?.Invoke(options);
        var server = await AsgiServer.StartAsync(app, options);
        var client = new HttpClient(handler ?? new SocketsHttpHandler()) { BaseAddress = server.Addresses[0], Timeout = TimeSpan.FromSeconds(30) };
        return new KestrelHost(server, client, log);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}

/// <summary>Collects log lines in memory.</summary>
internal sealed class LogSink : ILoggerProvider
{
    public LogSink(LogLevel minimum = LogLevel.Information) => Factory = LoggerFactory.Create(builder => builder.AddProvider(this).SetMinimumLevel(minimum));

    public ILoggerFactory Factory { get; }

    public ConcurrentQueue<(string Category, LogLevel Level, string Message, Exception? Exception)> Entries { get; } = new();

    /// <summary>Each entry's message with the text of the logging scopes open when it was written (innermost first).</summary>
    public ConcurrentQueue<(string Message, string[] Scopes)> ScopedEntries { get; } = new();

    private readonly AsyncLocal<ScopeNode?> _scopes = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogSink sink, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            var node = new ScopeNode(state.ToString() ?? "", sink._scopes.Value, sink);
            sink._scopes.Value = node;
            return node;
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            sink.Entries.Enqueue((category, logLevel, message, exception));
            var scopes = new List<string>();
            for (var node = sink._scopes.Value; node is not null; node = node.Parent) scopes.Add(node.Text);
            sink.ScopedEntries.Enqueue((message, [.. scopes]));
        }
    }

    private sealed class ScopeNode(string text, ScopeNode? parent, LogSink sink) : IDisposable
    {
        public string Text { get; } = text;

        public ScopeNode? Parent { get; } = parent;

        public void Dispose() => sink._scopes.Value = Parent;
    }
}

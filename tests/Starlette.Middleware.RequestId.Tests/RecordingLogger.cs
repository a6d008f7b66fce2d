using Microsoft.Extensions.Logging;

namespace Starlette.Middleware.RequestId.Tests;

/// <summary>A logger that keeps its scopes on an async-local stack, as Microsoft.Extensions.Logging's scope provider does, and records each entry with the scopes open at the time.</summary>
internal sealed class RecordingLogger : ILogger
{
    private readonly AsyncLocal<ScopeNode?> _current = new();

    public List<(string Message, List<object> Scopes)> Entries { get; } = [];

    public IDisposable BeginScope<TState>(TState state) where TState : notnull
    {
        var node = new ScopeNode(state, _current.Value, this);
        _current.Value = node;
        return node;
    }

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var scopes = new List<object>();
        for (var node = _current.Value; node is not null; node = node.Parent) scopes.Add(node.State);
        lock (Entries) Entries.Add((formatter(state, exception), scopes));
    }

    private sealed class ScopeNode(object state, ScopeNode? parent, RecordingLogger owner) : IDisposable
    {
        public object State { get; } = state;

        public ScopeNode? Parent { get; } = parent;

        public void Dispose() => owner._current.Value = Parent;
    }
}

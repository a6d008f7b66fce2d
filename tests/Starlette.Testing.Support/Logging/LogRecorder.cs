using Microsoft.Extensions.Logging;

namespace Starlette.Testing.Support.Logging;

/// <summary>An enabled logger that keeps every entry (level, event id, formatted message), for asserting what a component logs.</summary>
public sealed class LogRecorder : ILogger
{
    private readonly List<(LogLevel Level, int EventId, string Message)> _entries = [];

    /// <summary>The entries so far (a copy: the component may log from other threads).</summary>
    public IReadOnlyList<(LogLevel Level, int EventId, string Message)> Entries
    {
        get
        {
            lock (_entries) return [.. _entries];
        }
    }

    /// <inheritdoc />
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    /// <inheritdoc />
    public bool IsEnabled(LogLevel logLevel) => true;

    /// <inheritdoc />
    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        ArgumentNullException.ThrowIfNull(formatter);
        lock (_entries) _entries.Add((logLevel, eventId.Id, formatter(state, exception)));
    }
}

using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;
using Starlette.Common.Diagnostics;

namespace Starlette.Hosting.Kestrel;

/// <summary>
/// The console formatter of <see cref="ConsoleLogFormat.MultiLine"/>: ASP.NET Core's simple console layout, with
/// the logging scopes on their own line and an exception as <see cref="ExceptionText"/> writes it.
/// </summary>
internal sealed class DevelopmentConsoleFormatter() : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "starlette-development";

    private const string Indent = "      ";

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null) return;

        textWriter.Write(Level(logEntry.LogLevel));
        textWriter.Write(": ");
        textWriter.Write(logEntry.Category);
        textWriter.Write('[');
        textWriter.Write(logEntry.EventId.Id);
        textWriter.WriteLine(']');
        var scopes = new List<string>();
        scopeProvider?.ForEachScope((scope, list) => list.Add(scope?.ToString() ?? ""), scopes);
        if (scopes.Count > 0) WriteIndented(textWriter, "=> " + string.Join(" => ", scopes));
        if (!string.IsNullOrEmpty(message)) WriteIndented(textWriter, message);
        if (logEntry.Exception is { } exception) WriteIndented(textWriter, ExceptionText.Of(exception));
    }

    private static void WriteIndented(TextWriter writer, string text)
    {
        foreach (var line in text.Split('\n'))
        {
            writer.Write(Indent);
            writer.WriteLine(line.TrimEnd('\r'));
        }
    }

    private static string Level(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        _ => "crit",
    };
}

using System.Diagnostics;

namespace Starlette.Common.Diagnostics;

/// <summary>
/// The frames of an exception's stack trace, innermost first, with readable names and source positions
/// (<see cref="DiagnosticMethodInfo"/>, which trimming and native AOT support, rather than
/// <c>StackFrame.GetMethod</c>, which they do not). The runtime's plumbing between async frames (awaiters,
/// <c>ExceptionDispatchInfo</c>, the async method builders) is left out, as the runtime's own stack trace text does.
/// </summary>
internal static class TraceFrames
{
    /// <summary>The most frames read from one exception.</summary>
    public const int Limit = 200;

    /// <summary>The frames of <paramref name="error"/>'s stack trace.</summary>
    public static IReadOnlyList<TraceFrame> Of(Exception error)
    {
        var frames = new List<TraceFrame>();
        foreach (var frame in new StackTrace(error, fNeedFileInfo: true).GetFrames())
        {
            var method = DiagnosticMethodInfo.Create(frame);
            if (method is not null && IsPlumbing(method.DeclaringTypeName)) continue;
            var name = method is null ? "(unknown method)" : FrameName.Readable(method.DeclaringTypeName, method.Name);
            var file = frame.GetFileName();
            frames.Add(new TraceFrame(name, string.IsNullOrEmpty(file) ? null : file, frame.GetFileLineNumber(), frame.GetFileColumnNumber()));
            if (frames.Count == Limit) break;
        }

        return frames;
    }

    // The frames the runtime hides ([StackTraceHidden]) live in these namespaces: awaiters, the async builders,
    // ExceptionDispatchInfo.Throw.
    private static bool IsPlumbing(string? typeName) =>
        typeName is not null
        && (typeName.StartsWith("System.Runtime.CompilerServices.", StringComparison.Ordinal)
            || typeName.StartsWith("System.Runtime.ExceptionServices.", StringComparison.Ordinal));
}

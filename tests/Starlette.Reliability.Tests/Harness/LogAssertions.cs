using Microsoft.Extensions.Logging;
using Starlette.Hosting.Kestrel.Tests;

namespace Starlette.Reliability.Tests;

internal static class LogAssertions
{
    /// <summary>The entries at warning level or above: what an operator would be paged for.</summary>
    public static List<string> Alarms(this LogSink log) =>
        log.Entries.Where(e => e.Level >= LogLevel.Warning).Select(e => $"{e.Level} {e.Category}: {e.Message} {e.Exception?.GetType().Name}").ToList();
}

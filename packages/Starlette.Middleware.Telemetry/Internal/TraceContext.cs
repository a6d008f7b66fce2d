using System.Diagnostics;
using Starlette.Types;

namespace Starlette.Middleware.Telemetry;

/// <summary>The parent of a server span: the request's trace context headers, read by a <see cref="DistributedContextPropagator"/>.</summary>
internal static class TraceContext
{
    private static readonly DistributedContextPropagator.PropagatorGetterCallback Getter = GetHeader;

    /// <summary>The remote parent the headers name, or <see langword="default"/> (then the span's parent is <see cref="Activity.Current"/>).</summary>
    public static ActivityContext Parent(DistributedContextPropagator propagator, Scope scope)
    {
        propagator.ExtractTraceIdAndState(scope, Getter, out var traceParent, out var traceState);
        return traceParent is not null && ActivityContext.TryParse(traceParent, traceState, isRemote: true, out var context) ? context : default;
    }

    /// <summary>Copies the request's baggage onto the span.</summary>
    public static void AddBaggage(DistributedContextPropagator propagator, Scope scope, Activity activity)
    {
        var baggage = propagator.ExtractBaggage(scope, Getter);
        if (baggage is null) return;
        foreach (var (key, value) in baggage) activity.AddBaggage(key, value);
    }

    /// <summary>A header's value; several headers of that name are joined with commas (RFC 9110 field lines).</summary>
    private static void GetHeader(object? carrier, string fieldName, out string? fieldValue, out IEnumerable<string>? fieldValues)
    {
        fieldValues = null;
        fieldValue = null;
        var headers = ((Scope)carrier!).Headers;
        for (var i = 0; i < headers.Count; i++)
        {
            if (!string.Equals(headers[i].Name, fieldName, StringComparison.OrdinalIgnoreCase)) continue;
            fieldValue = fieldValue is null ? headers[i].Value : fieldValue + "," + headers[i].Value;
        }
    }
}

using System.Diagnostics;
using Starlette.Types;

namespace Starlette.Middleware.Telemetry;

/// <summary>Starts a connection's server span, with the attributes samplers may look at given at creation.</summary>
internal static class SpanStart
{
    public static Activity? Start(ActivitySource source, Scope scope, string method, DistributedContextPropagator propagator)
    {
        var parent = TraceContext.Parent(propagator, scope);
        var (address, port) = RequestAttributes.Server(scope);
        var tags = new List<KeyValuePair<string, object?>>(6)
        {
            new(SemanticConventions.RequestMethod, method),
            new(SemanticConventions.UrlPath, scope.Path),
            new(SemanticConventions.UrlScheme, scope.Scheme),
        };
        if (address is not null) tags.Add(new(SemanticConventions.ServerAddress, address));
        if (port is { } number) tags.Add(new(SemanticConventions.ServerPort, number));
        var name = method == SemanticConventions.OtherMethod ? "HTTP" : method;
        var activity = source.StartActivity(name, ActivityKind.Server, parent, tags);
        if (activity is null) return null;
        if (activity.IsAllDataRequested) AddDetails(activity, scope, method);
        TraceContext.AddBaggage(propagator, scope, activity);
        return activity;
    }

    private static void AddDetails(Activity activity, Scope scope, string method)
    {
        if (method == SemanticConventions.OtherMethod) activity.SetTag(SemanticConventions.RequestMethodOriginal, scope.Method);
        activity.SetTag(SemanticConventions.ProtocolVersion, scope.HttpVersion);
        if (scope.Client is { } client) activity.SetTag(SemanticConventions.ClientAddress, client.Host);
        if (RequestAttributes.Header(scope, "user-agent") is { } userAgent) activity.SetTag(SemanticConventions.UserAgent, userAgent);
    }
}

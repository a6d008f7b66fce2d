namespace Starlette.Routing;

/// <summary>Upstream's <c>get_name</c>: a route's default name from its endpoint's method name.</summary>
internal static class EndpointName
{
    public static string Of(Delegate endpoint)
    {
        var name = endpoint.Method.Name;
        // A local function compiles to "<Outer>g__Name|0_0"; a lambda to "<Outer>b__0_0" (Python's "<lambda>").
        var local = name.IndexOf("g__", StringComparison.Ordinal);
        if (name.StartsWith('<') && local > 0)
        {
            var end = name.IndexOf('|', local);
            return end > local ? name[(local + 3)..end] : name[(local + 3)..];
        }

        return name.StartsWith('<') ? "<lambda>" : name;
    }
}

namespace Starlette.Routing;

/// <summary>How well a route matches a scope (upstream's <c>Match</c>).</summary>
public enum RouteMatch
{
    /// <summary>The route does not handle the scope.</summary>
    None = 0,

    /// <summary>The path matches but the route prefers not to handle it (for example another method: a 405).</summary>
    Partial = 1,

    /// <summary>The route handles the scope.</summary>
    Full = 2,
}

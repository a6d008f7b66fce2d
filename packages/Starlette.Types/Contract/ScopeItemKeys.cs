namespace Starlette.Types;

/// <summary>
/// The well-known keys of <see cref="Scope.Items"/>: what the application, the router, the routes and the
/// middleware put in the scope, under upstream Starlette's names. Every package that sets or reads one of these
/// items names it through this class, so a lower layer never depends on a string a higher package defines.
/// </summary>
public static class ScopeItemKeys
{
    /// <summary>The application the connection runs in (<c>scope["app"]</c>); its presence means "inside an application".</summary>
    public const string App = "app";

    /// <summary>The innermost router that matched (<c>scope["router"]</c>).</summary>
    public const string Router = "router";

    /// <summary>The endpoint the matched route runs (<c>scope["endpoint"]</c>).</summary>
    public const string Endpoint = "endpoint";

    /// <summary>The application's root path as the outermost mount saw it (<c>scope["app_root_path"]</c>).</summary>
    public const string AppRootPath = "app_root_path";

    /// <summary>The exception handler routes answer their endpoints' exceptions with (<c>scope["starlette.exception_handlers"]</c>).</summary>
    public const string ExceptionHandlers = "starlette.exception_handlers";

    /// <summary>The largest request body, in bytes, a request may read (<c>scope["starlette.max_body_size"]</c>).</summary>
    public const string MaxBodySize = "starlette.max_body_size";

    /// <summary>The session dictionary the session middleware loads (<c>scope["session"]</c>).</summary>
    public const string Session = "session";

    /// <summary>The authenticated user (<c>scope["user"]</c>).</summary>
    public const string User = "user";

    /// <summary>The authentication credentials (<c>scope["auth"]</c>).</summary>
    public const string Auth = "auth";

    /// <summary>
    /// The template of the route that matched, mount prefixes included, such as <c>/api/users/{id:int}</c>
    /// (<c>scope["starlette.route_template"]</c>, a <see cref="string"/>): what telemetry reports as <c>http.route</c>.
    /// The router sets it when a route matches; it is absent when no route matched (a 404).
    /// </summary>
    public const string RouteTemplate = "starlette.route_template";

    /// <summary>
    /// The connection's request id (<c>scope["starlette.request_id"]</c>, a <see cref="string"/>), set by the request id
    /// middleware; hosts add it to their access log's logging scope.
    /// </summary>
    public const string RequestId = "starlette.request_id";
}

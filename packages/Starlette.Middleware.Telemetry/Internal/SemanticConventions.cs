namespace Starlette.Middleware.Telemetry;

/// <summary>The OpenTelemetry HTTP server semantic-convention names the middleware emits (stable since 1.23).</summary>
internal static class SemanticConventions
{
    public const string RequestMethod = "http.request.method";
    public const string RequestMethodOriginal = "http.request.method_original";
    public const string ResponseStatusCode = "http.response.status_code";
    public const string Route = "http.route";
    public const string UrlPath = "url.path";
    public const string UrlScheme = "url.scheme";
    public const string ServerAddress = "server.address";
    public const string ServerPort = "server.port";
    public const string ClientAddress = "client.address";
    public const string UserAgent = "user_agent.original";
    public const string ProtocolName = "network.protocol.name";
    public const string ProtocolVersion = "network.protocol.version";
    public const string ErrorType = "error.type";

    public const string DurationName = "http.server.request.duration";
    public const string ActiveRequestsName = "http.server.active_requests";

    /// <summary>The span name and <c>http.request.method</c> of a method the conventions do not know.</summary>
    public const string OtherMethod = "_OTHER";

    /// <summary>The bucket boundaries, in seconds, the conventions recommend for the duration histogram.</summary>
    public static readonly double[] DurationBuckets = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10];
}

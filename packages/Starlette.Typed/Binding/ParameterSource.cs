namespace Starlette.Typed;

/// <summary>Where a bound handler parameter comes from.</summary>
internal enum ParameterSource
{
    Path,
    Query,
    Header,
    Cookie,
    Body,
    Services,
    Request,
    Cancellation,
}

/// <summary>The names used for <see cref="ParameterSource"/> in problem details and OpenAPI (<c>in</c>).</summary>
internal static class ParameterSourceNames
{
    public static string Of(ParameterSource source) => source switch
    {
        ParameterSource.Path => "path",
        ParameterSource.Query => "query",
        ParameterSource.Header => "header",
        ParameterSource.Cookie => "cookie",
        _ => "body", // the other sources (services, request, cancellation) never fail binding nor show in the document
    };
}

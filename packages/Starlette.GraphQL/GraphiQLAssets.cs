namespace Starlette.GraphQL;

/// <summary>Where the GraphiQL page loads GraphiQL (its UMD build, 3.x) and the React it needs.</summary>
/// <param name="Stylesheet">GraphiQL's stylesheet (<c>graphiql.min.css</c>).</param>
/// <param name="React">React's UMD build (18.x, <c>react.production.min.js</c>).</param>
/// <param name="ReactDom">React DOM's UMD build (18.x, <c>react-dom.production.min.js</c>).</param>
/// <param name="GraphiQL">GraphiQL's UMD build (<c>graphiql.min.js</c>).</param>
public sealed record GraphiQLAssets(string Stylesheet, string React, string ReactDom, string GraphiQL)
{
    /// <summary>The GraphiQL version the defaults load.</summary>
    public const string GraphiQLVersion = "3.8.3";

    /// <summary>The React version the defaults load.</summary>
    public const string ReactVersion = "18.3.1";

    /// <summary>The default: the public jsDelivr CDN, as upstream's page.</summary>
    public static GraphiQLAssets Cdn { get; } = FromPackageUrls(
        $"https://cdn.jsdelivr.net/npm/graphiql@{GraphiQLVersion}",
        $"https://cdn.jsdelivr.net/npm/react@{ReactVersion}",
        $"https://cdn.jsdelivr.net/npm/react-dom@{ReactVersion}");

    /// <summary>Assets served from a folder laid out as <c>node_modules</c> (<c>{baseUrl}/graphiql/graphiql.min.js</c>,
    /// <c>{baseUrl}/react/umd/…</c>, <c>{baseUrl}/react-dom/umd/…</c>), e.g. a <c>StaticFiles</c> mount.</summary>
    /// <param name="baseUrl">The folder's URL or path, with or without a trailing slash.</param>
    public static GraphiQLAssets FromBaseUrl(string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var root = baseUrl.TrimEnd('/');
        return FromPackageUrls($"{root}/graphiql", $"{root}/react", $"{root}/react-dom");
    }

    /// <summary>Assets from the three npm packages' own URLs (each package's root folder).</summary>
    /// <param name="graphiql">The <c>graphiql</c> package's folder.</param>
    /// <param name="react">The <c>react</c> package's folder.</param>
    /// <param name="reactDom">The <c>react-dom</c> package's folder.</param>
    public static GraphiQLAssets FromPackageUrls(string graphiql, string react, string reactDom)
    {
        ArgumentNullException.ThrowIfNull(graphiql);
        ArgumentNullException.ThrowIfNull(react);
        ArgumentNullException.ThrowIfNull(reactDom);
        return new(
            $"{graphiql.TrimEnd('/')}/graphiql.min.css",
            $"{react.TrimEnd('/')}/umd/react.production.min.js",
            $"{reactDom.TrimEnd('/')}/umd/react-dom.production.min.js",
            $"{graphiql.TrimEnd('/')}/graphiql.min.js");
    }
}

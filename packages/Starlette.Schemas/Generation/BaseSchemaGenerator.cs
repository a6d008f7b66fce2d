using System.Reflection;
using System.Text.RegularExpressions;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;
using Starlette.Types;

namespace Starlette.Schemas;

/// <summary>
/// Walks routes to find documented operations and reads their YAML (upstream's <c>BaseSchemaGenerator</c>).
/// Subclass it and implement <see cref="GetSchema"/>, or use <see cref="SchemaGenerator"/>.
/// </summary>
public abstract partial class BaseSchemaGenerator
{
    private static readonly string[] MethodTableOrder = ["GET", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

    [GeneratedRegex(@":\w+}", RegexOptions.CultureInvariant)]
    private static partial Regex ConvertorPattern();

    /// <summary>Builds the schema for <paramref name="routes"/>.</summary>
    /// <param name="routes">The routes, such as an application's <c>Routes</c>.</param>
    /// <returns>The schema, a tree of dictionaries, lists and scalars (see <see cref="OpenApiYaml"/>).</returns>
    public abstract Dictionary<string, object?> GetSchema(IEnumerable<BaseRoute> routes);

    /// <summary>
    /// Lists the operations of <paramref name="routes"/> (upstream's <c>get_endpoints</c>): mounts and hosts are
    /// walked (a mount's path prefixes its routes, a host adds nothing); WebSocket routes and routes with
    /// <c>includeInSchema: false</c> are skipped; a route to a function gives one entry per method (GET when it has
    /// none), HEAD left out; a route to a class-based endpoint (<see cref="IHttpMethodHandlers"/>) gives one entry per
    /// handler of GET, POST, PUT, PATCH, DELETE and OPTIONS, in that order.
    /// </summary>
    /// <param name="routes">The routes.</param>
    /// <returns>The operations, in route order.</returns>
    public IReadOnlyList<EndpointInfo> GetEndpoints(IEnumerable<BaseRoute> routes)
    {
        ArgumentNullException.ThrowIfNull(routes);
        var endpoints = new List<EndpointInfo>();
        foreach (var route in routes)
        {
            if (route is Mount or Host)
            {
                var prefix = route is Mount mount ? RemoveConvertors(mount.Path) : "";
                var children = route is Mount m ? m.Routes : ((Host)route).Routes;
                foreach (var child in GetEndpoints(children)) endpoints.Add(child with { Path = prefix + child.Path });
            }
            else if (route is Route { IncludeInSchema: true } endpointRoute)
            {
                var path = RemoveConvertors(endpointRoute.Path);
                if (endpointRoute.Endpoint.Target is IHttpMethodHandlers table)
                {
                    foreach (var method in MethodTableOrder)
                    {
                        if (table.MethodHandlers.TryGetValue(method, out var handler)) endpoints.Add(new EndpointInfo(path, method.ToLowerInvariant(), handler));
                    }
                }
                else
                {
                    foreach (var method in (IEnumerable<string>?)endpointRoute.Methods ?? ["GET"])
                    {
                        if (method != "HEAD") endpoints.Add(new EndpointInfo(path, method.ToLowerInvariant(), endpointRoute.Endpoint));
                    }
                }
            }
        }

        return endpoints;
    }

    /// <summary>
    /// Reads a handler's <see cref="OpenApiAttribute"/> as YAML (upstream's <c>parse_docstring</c>): the text after
    /// the last <c>---</c>, loaded as <see cref="OpenApiYaml.Load"/> does.
    /// </summary>
    /// <param name="funcOrMethod">The handler.</param>
    /// <returns>The mapping; empty when there is no attribute or its YAML is not a mapping.</returns>
    /// <exception cref="FormatException">The attribute's YAML is invalid; the message names the handler.</exception>
    internal static Dictionary<object, object?> ParseDocstring(Delegate funcOrMethod)
    {
        ArgumentNullException.ThrowIfNull(funcOrMethod);
        var docstring = funcOrMethod.Method.GetCustomAttribute<OpenApiAttribute>()?.Yaml;
        if (string.IsNullOrEmpty(docstring)) return [];
        var schemaPart = docstring.LastIndexOf("---", StringComparison.Ordinal) is var at and >= 0 ? docstring[(at + 3)..] : docstring;
        try
        {
            return OpenApiYaml.Load(schemaPart) as Dictionary<object, object?> ?? [];
        }
        catch (FormatException e)
        {
            throw new FormatException($"The [OpenApi] YAML of '{funcOrMethod.Method.DeclaringType?.Name}.{funcOrMethod.Method.Name}' is invalid: {e.Message}", e);
        }
    }

    /// <summary>
    /// An endpoint serving the schema of the request's application as YAML (upstream's <c>OpenAPIResponse</c>
    /// method): <c>Route("/schema", schemas.OpenApiResponse, includeInSchema: false)</c>.
    /// </summary>
    /// <param name="request">The request; its <c>App</c> must list its routes (<see cref="IRoutedApp"/>).</param>
    /// <returns>The response.</returns>
    /// <exception cref="InvalidOperationException">The request's app does not list its routes.</exception>
    public Response OpenApiResponse(Request request) => new OpenApiResponse(GetSchema(RoutesOf(request)));

    /// <summary>The same schema as JSON (<c>application/json</c>), for clients that prefer it.</summary>
    /// <param name="request">The request; its <c>App</c> must list its routes (<see cref="IRoutedApp"/>).</param>
    /// <returns>The response.</returns>
    /// <exception cref="InvalidOperationException">The request's app does not list its routes.</exception>
    public Response OpenApiJsonResponse(Request request) => new JsonResponse(OpenApiJson.ToJsonNode(GetSchema(RoutesOf(request))));

    private static IReadOnlyList<BaseRoute> RoutesOf(Request request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Scope.TryGetItem(ScopeItemKeys.App, out var app) && app is IRoutedApp routed
            ? routed.Routes
            : throw new InvalidOperationException("The request's app does not list its routes (it is not an IRoutedApp).");
    }

    /// <summary>Removes convertors from a path (upstream's <c>_remove_converter</c>): <c>/users/{id:int}</c> becomes <c>/users/{id}</c>.</summary>
    /// <param name="path">The path pattern.</param>
    /// <returns>The path without convertors.</returns>
    protected static string RemoveConvertors(string path) => ConvertorPattern().Replace(path, "}");
}

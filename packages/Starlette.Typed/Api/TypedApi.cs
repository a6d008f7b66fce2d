using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Starlette.Routing;
using Starlette.Types;

namespace Starlette.Typed;

/// <summary>
/// A typed API on top of the toolkit (what FastAPI is to Starlette): handlers with typed parameters and results,
/// validation with problem details, optional dependency injection, and a generated OpenAPI 3.1 document with a
/// Swagger UI page. Its <see cref="Routes"/> go into any <see cref="Router"/>, <c>Mount</c> or <c>StarletteApp</c>.
/// </summary>
/// <remarks>
/// <para>Each handler parameter is bound, by its attribute if it has one (<see cref="FromPathAttribute"/>,
/// <see cref="FromQueryAttribute"/>, <see cref="FromHeaderAttribute"/>, <see cref="FromCookieAttribute"/>,
/// <see cref="FromBodyAttribute"/>, <see cref="FromServicesAttribute"/>), otherwise by convention:
/// <c>Request</c>/<c>HttpConnection</c>, <see cref="CancellationToken"/> (the scope's <c>Aborted</c>) and
/// <see cref="IServiceProvider"/> (the request's scope) by type; a name of the path template from the path, with the
/// value the route's convertor produced; a type registered in <see cref="TypedApiOptions.Services"/> as a service;
/// a string, number, bool, Guid, date/time, enum or array of those from the query; anything else from the JSON body.</para>
/// <para>A non-nullable parameter without a default is required. Results: a <c>Response</c> is sent as it is, an
/// <see cref="IAsyncEnumerable{T}"/> as server-sent events, anything else as JSON (status
/// <see cref="TypedEndpoint.WithStatusCode"/>); tasks of those are awaited.</para>
/// </remarks>
public sealed partial class TypedApi : IRoutedApp
{
    private readonly List<TypedEndpoint> _endpoints = [];
    private readonly Lock _lock = new();
    private Router? _router;

    /// <summary>Creates an API.</summary>
    /// <param name="options">The options; default <see cref="TypedApiOptions"/>'s defaults.</param>
    public TypedApi(TypedApiOptions? options = null)
    {
        Options = options ?? new TypedApiOptions();
        SerializerOptions = Options.SerializerOptions ?? DefaultJson.Create();
        Validators = new TypeValidators(SerializerOptions);
        Document = new OpenApiDocumentSource(this);
    }

    /// <summary>The options.</summary>
    public TypedApiOptions Options { get; }

    /// <summary>The endpoints registered so far.</summary>
    public IReadOnlyList<TypedEndpoint> Endpoints
    {
        get
        {
            lock (_lock) return [.. _endpoints];
        }
    }

    /// <summary>
    /// The routes: one per endpoint, plus the OpenAPI document (JSON and YAML) and the docs page when the options
    /// serve them. Reading them freezes the API: registering more endpoints afterwards throws.
    /// </summary>
    public IReadOnlyList<BaseRoute> Routes => Router.Routes;

    internal JsonSerializerOptions SerializerOptions { get; }

    internal TypeValidators Validators { get; }

    internal OpenApiDocumentSource Document { get; }

    private Router Router
    {
        get
        {
            lock (_lock) return _router ??= new Router(BuildRoutes());
        }
    }

    /// <summary>Handles a request with the API's routes (a 404 when none matches).</summary>
    /// <param name="scope">The scope.</param>
    /// <param name="receive">The receive channel.</param>
    /// <param name="send">The send channel.</param>
    /// <returns>A task that completes when the request is handled.</returns>
    public ValueTask InvokeAsync(Scope scope, Receive receive, Send send) => Router.InvokeAsync(scope, receive, send);

    /// <summary>The API as an ASGI app.</summary>
    /// <returns>The app.</returns>
    public AsgiApp ToApp() => InvokeAsync;

    internal void Add(TypedEndpoint endpoint)
    {
        lock (_lock)
        {
            if (_router is not null) throw new InvalidOperationException("The API's routes were already built; register every endpoint before reading Routes or serving requests.");
            _endpoints.Add(endpoint);
        }
    }

    internal bool IsService(Type type) =>
        Options.Services?.GetService(typeof(IServiceProviderIsService)) is IServiceProviderIsService services && services.IsService(type);

    private List<BaseRoute> BuildRoutes()
    {
        var routes = new List<BaseRoute>(_endpoints.Count + 3);
        foreach (var endpoint in _endpoints)
        {
            routes.Add(new Route(endpoint.Path, endpoint.App, endpoint.Methods, endpoint.OperationId, endpoint.IncludeInSchema));
        }

        routes.AddRange(Document.Routes());
        return routes;
    }
}

/// <summary>The method lists of the verbs.</summary>
internal static class Verbs
{
    public static readonly string[] Get = ["GET"];
    public static readonly string[] Post = ["POST"];
    public static readonly string[] Put = ["PUT"];
    public static readonly string[] Patch = ["PATCH"];
    public static readonly string[] Delete = ["DELETE"];

    public static string[] Of(IEnumerable<string> methods)
    {
        ArgumentNullException.ThrowIfNull(methods);
        string[] list = [.. methods.Select(m => m.ToUpperInvariant())];
        return list.Length > 0 ? list : throw new ArgumentException("At least one method is required.", nameof(methods));
    }
}

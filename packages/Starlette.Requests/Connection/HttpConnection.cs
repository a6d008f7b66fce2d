using Starlette.Datastructures;
using Starlette.Types;

namespace Starlette.Requests;

/// <summary>
/// What a request and a WebSocket have in common (upstream's <c>HTTPConnection</c>): URL, headers, query
/// parameters, path parameters, cookies, client, state, and the session, auth and user that middleware put in
/// the scope. Everything is computed on first use and cached.
/// </summary>
public partial class HttpConnection
{
    // What the connection computes on first use, in one object made on first use: most requests read none of it,
    // and six fields less make every connection object 40 bytes smaller.
    private Cache? _cache;

    /// <summary>Wraps an HTTP or WebSocket scope.</summary>
    /// <param name="scope">The scope.</param>
    /// <exception cref="ArgumentException">The scope is a lifespan scope.</exception>
    public HttpConnection(Scope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Type == ScopeType.Lifespan)
            throw new ArgumentException("A connection needs an 'http' or 'websocket' scope, not 'lifespan'.", nameof(scope));
        Scope = scope;
    }

    /// <summary>The scope.</summary>
    public Scope Scope { get; }

    /// <summary>The full URL of the request, built from the scope.</summary>
    public Url Url => Cached.Url ??= Url.FromScope(Scope);

    /// <summary>The URL of the application root (used by <see cref="UrlFor(string, IReadOnlyDictionary{string, object?}?)"/>), with no query.</summary>
    public Url BaseUrl => Cached.BaseUrl ??= BuildBaseUrl();

    /// <summary>The request headers (a view over the scope's headers).</summary>
    public Headers Headers => Cached.Headers ??= new Headers(Scope);

    /// <summary>The query parameters.</summary>
    public QueryParams QueryParams => Cached.QueryParams ??= new QueryParams(Scope);

    /// <summary>The parameters the router matched in the path.</summary>
    public IReadOnlyDictionary<string, object?> PathParams => Scope.HasPathParams ? Scope.PathParams : EmptyParams;

    /// <summary>The request cookies, from every <c>cookie</c> header, parsed leniently as browsers send them.</summary>
    public IReadOnlyDictionary<string, string> Cookies => Cached.Cookies ??= ParseCookies();

    /// <summary>The client's address, or <see langword="null"/> when the host does not know it.</summary>
    public Address? Client => Scope.Client is { } client ? new Address(client) : null;

    /// <summary>The session (<c>scope["session"]</c>), put there by the session middleware.</summary>
    /// <exception cref="InvalidOperationException">The session middleware is not installed.</exception>
    public IDictionary<string, object?> Session =>
        (IDictionary<string, object?>)Item(ScopeItemKeys.Session, "SessionMiddleware must be installed to access request.session");

    /// <summary>The authentication credentials (<c>scope["auth"]</c>), put there by the authentication middleware.</summary>
    /// <exception cref="InvalidOperationException">The authentication middleware is not installed.</exception>
    /// <exception cref="InvalidCastException">The scope's <c>auth</c> is not <see cref="AuthCredentials"/>.</exception>
    public AuthCredentials Auth => Item<AuthCredentials>(ScopeItemKeys.Auth, "AuthenticationMiddleware must be installed to access request.auth");

    /// <summary>The user (<c>scope["user"]</c>), put there by the authentication middleware.</summary>
    /// <exception cref="InvalidOperationException">The authentication middleware is not installed.</exception>
    /// <exception cref="InvalidCastException">The scope's <c>user</c> is not an <see cref="IUser"/>.</exception>
    public IUser User => Item<IUser>(ScopeItemKeys.User, "AuthenticationMiddleware must be installed to access request.user");

    /// <summary>Per-request state, stored in the scope's state (a copy of the lifespan state, when there is one).</summary>
    public State State => Cached.State ??= new State(Scope.State ??= new Dictionary<string, object?>(StringComparer.Ordinal));

    private Cache Cached => _cache ??= new Cache();

    private static IReadOnlyDictionary<string, object?> EmptyParams { get; } = new Dictionary<string, object?>();

    /// <summary>The absolute URL of a named route (upstream's <c>url_for</c>).</summary>
    /// <param name="name">The route's name.</param>
    /// <param name="pathParams">The values of the route's path parameters.</param>
    /// <returns>The absolute URL.</returns>
    /// <exception cref="InvalidOperationException">There is no router or application in the scope.</exception>
    public Url UrlFor(string name, IReadOnlyDictionary<string, object?>? pathParams = null)
    {
        var provider = (Scope.TryGetItem(ScopeItemKeys.Router, out var router) ? router : null) as IUrlPathProvider
            ?? (Scope.TryGetItem(ScopeItemKeys.App, out var app) ? app : null) as IUrlPathProvider
            ?? throw new InvalidOperationException("The `url_for` method can only be used inside a Starlette application or with a router.");
        return provider.UrlPathFor(name, pathParams ?? EmptyParams).MakeAbsoluteUrl(BaseUrl);
    }

    private object Item(string key, string missing) =>
        Scope.TryGetItem(key, out var value) && value is not null ? value : throw new InvalidOperationException(missing);

    private T Item<T>(string key, string missing)
    {
        var value = Item(key, missing);
        return value is T typed ? typed : throw new InvalidCastException($"scope[\"{key}\"] is a {value.GetType().Name}, not {typeof(T).Name}.");
    }

    private Dictionary<string, string> ParseCookies()
    {
        var cookies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var header in Headers.GetList("cookie"))
        {
            foreach (var (name, value) in CookieParser.Parse(header)) cookies[name] = value;
        }

        return cookies;
    }

    private Url BuildBaseUrl()
    {
        var root = Scope.TryGetItem(ScopeItemKeys.AppRootPath, out var appRoot) && appRoot is string appRootPath ? appRootPath : Scope.RootPath;
        var baseScope = Scope.Clone();
        baseScope.Path = root.EndsWith('/') ? root : root + "/";
        baseScope.QueryString = "";
        baseScope.RootPath = root;
        return Url.FromScope(baseScope);
    }

    private sealed class Cache
    {
        public Url? Url;
        public Url? BaseUrl;
        public Headers? Headers;
        public QueryParams? QueryParams;
        public Dictionary<string, string>? Cookies;
        public State? State;
    }
}

namespace Starlette.Types;

/// <summary>
/// What the host knows about one connection: ASGI's <c>scope</c>, with a typed member for every key the ASGI
/// HTTP, WebSocket and lifespan specifications define, plus <see cref="PathParams"/> and an <see cref="Items"/> bag
/// for the keys middleware and frameworks add (app, router, endpoint, session, user, auth, ...).
/// </summary>
/// <remarks>
/// A scope is mutable: middleware may change it before calling the next app, or hand a <see cref="Clone"/> on.
/// Defaults are those the ASGI specification gives for a missing key. The dictionaries are created on first use.
/// </remarks>
public sealed class Scope
{
    private Dictionary<string, object?>? _pathParams;
    private ScopeItems? _items;

    /// <summary>Creates a scope of the given type with the ASGI defaults.</summary>
    /// <param name="type">The kind of connection.</param>
    public Scope(ScopeType type)
    {
        Type = type;
        Scheme = type == ScopeType.WebSocket ? "ws" : "http";
    }

    /// <summary>The kind of connection (<c>type</c>).</summary>
    public ScopeType Type { get; }

    /// <summary>The ASGI specification's name for <see cref="Type"/>: <c>http</c>, <c>websocket</c> or <c>lifespan</c>.</summary>
    public string TypeName => Type switch
    {
        ScopeType.Http => "http",
        ScopeType.WebSocket => "websocket",
        _ => "lifespan",
    };

    /// <summary>The ASGI version (<c>asgi["version"]</c>); always <c>3.0</c>.</summary>
    public string AsgiVersion { get; set; } = "3.0";

    /// <summary>The version of the protocol specification the host implements (<c>asgi["spec_version"]</c>); default <c>2.0</c>.</summary>
    public string SpecVersion { get; set; } = "2.0";

    /// <summary>The HTTP version: <c>1.0</c>, <c>1.1</c>, <c>2</c> or <c>3</c> (<c>http_version</c>); default <c>1.1</c>.</summary>
    public string HttpVersion { get; set; } = "1.1";

    /// <summary>The request method, uppercased (<c>method</c>); default <c>GET</c>, which is also a WebSocket handshake's method.</summary>
    public string Method { get; set; } = "GET";

    /// <summary>The URL scheme (<c>scheme</c>); default <c>http</c>, or <c>ws</c> for a WebSocket.</summary>
    public string Scheme { get; set; }

    /// <summary>The request path, percent-decoded, without the query string (<c>path</c>); default <c>/</c>.</summary>
    public string Path { get; set; } = "/";

    /// <summary>The path exactly as the client sent it, still percent-encoded (<c>raw_path</c>), or <see langword="null"/> when unknown.</summary>
    public string? RawPath { get; set; }

    /// <summary>The query string exactly as sent, without the leading <c>?</c> (<c>query_string</c>); default empty.</summary>
    public string QueryString { get; set; } = "";

    /// <summary>The path the app is mounted at (<c>root_path</c>); default empty.</summary>
    public string RootPath { get; set; } = "";

    /// <summary>The request headers in the order received, names lowercased (<c>headers</c>); default empty.</summary>
    /// <remarks>A host may hand a lazy view over its own header storage. Replace the list to change the headers.</remarks>
    public IReadOnlyList<HttpHeader> Headers { get; set; } = [];

    /// <summary>The client's address (<c>client</c>), or <see langword="null"/> when unknown.</summary>
    public HostPort? Client { get; set; }

    /// <summary>The address the server accepted the connection on (<c>server</c>), or <see langword="null"/> when unknown.</summary>
    public HostPort? Server { get; set; }

    /// <summary>The subprotocols the WebSocket client offered (<c>subprotocols</c>); default empty.</summary>
    public IReadOnlyList<string> Subprotocols { get; set; } = [];

    /// <summary>
    /// The lifespan state (<c>state</c>): on a lifespan scope, the dictionary the app fills at startup; on a
    /// connection scope, a shallow copy of it. <see langword="null"/> when the host does not support lifespan state.
    /// </summary>
    public IDictionary<string, object?>? State { get; set; }

    /// <summary>
    /// The optional features the host offers (<c>extensions</c>), keyed by the names in <see cref="ExtensionNames"/>;
    /// <see langword="null"/> when it offers none.
    /// </summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; set; }

    /// <summary>
    /// Signalled when the connection is gone: the client disconnected or gave up, or the host is abandoning the
    /// connection. Not an ASGI key: the .NET way to stop work nobody will receive (a host also delivers
    /// <c>http.disconnect</c> / <c>websocket.disconnect</c> through <see cref="Receive"/>). Default: never signalled.
    /// </summary>
    public CancellationToken Aborted { get; set; }

    /// <summary>The parameters the router matched in the path (<c>path_params</c>); created on first use.</summary>
    public Dictionary<string, object?> PathParams
    {
        get => _pathParams ??= new Dictionary<string, object?>(StringComparer.Ordinal);
        set => _pathParams = value;
    }

    /// <summary>Whether <see cref="PathParams"/> holds at least one parameter, without creating it.</summary>
    public bool HasPathParams => _pathParams is { Count: > 0 };

    /// <summary>
    /// The keys middleware and frameworks add to the scope (upstream's <c>scope["app"]</c>, <c>["session"]</c>,
    /// <c>["user"]</c>, ...); created on first use. The owning packages offer typed accessors for their keys.
    /// </summary>
    public ScopeItems Items
    {
        get => _items ??= new ScopeItems();
        set => _items = value;
    }

    /// <summary>Gets an item without creating <see cref="Items"/>.</summary>
    /// <param name="key">The item's key.</param>
    /// <param name="value">The item, when present.</param>
    /// <returns>Whether the item is present.</returns>
    public bool TryGetItem(string key, out object? value)
    {
        value = null;
        return _items is not null && _items.TryGetValue(key, out value);
    }

    /// <summary>Whether the host advertises the named extension (see <see cref="ExtensionNames"/>).</summary>
    /// <param name="name">The extension's name.</param>
    /// <returns><see langword="true"/> when the extension is present.</returns>
    public bool HasExtension(string name) => Extensions is not null && Extensions.ContainsKey(name);

    /// <summary>
    /// Copies the scope, as <c>dict(scope)</c> does upstream: the copy has its own <see cref="PathParams"/> and
    /// <see cref="Items"/> dictionaries (with the same entries); lists, state and extensions are shared.
    /// </summary>
    /// <returns>The copy.</returns>
    public Scope Clone()
    {
        var copy = (Scope)MemberwiseClone();
        copy._pathParams = _pathParams is null ? null : new Dictionary<string, object?>(_pathParams, StringComparer.Ordinal);
        copy._items = _items is null ? null : new ScopeItems(_items);
        return copy;
    }

    /// <summary>Describes the scope for logs, e.g. <c>http GET /users/1</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Type == ScopeType.Lifespan ? TypeName : $"{TypeName} {Method} {Path}";
}

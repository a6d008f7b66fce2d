using GraphQL.SystemTextJson;
using GraphQL.Types;
using Starlette.GraphQL.Execution;
using Starlette.GraphQL.Http;
using Starlette.GraphQL.Subscriptions;
using Starlette.Requests;
using Starlette.Types;
using Starlette.WebSockets;

namespace Starlette.GraphQL;

/// <summary>
/// Serves a GraphQL.NET schema (upstream's <c>GraphQLApp</c>): GraphQL over HTTP on <c>http</c> scopes, GraphiQL for
/// browsers, and subscriptions with the graphql-transport-ws protocol on <c>websocket</c> scopes.
/// </summary>
/// <remarks>
/// <para>HTTP: <c>GET</c>/<c>HEAD</c> with <c>query</c>, <c>variables</c>, <c>operationName</c> in the query string
/// (queries only: a mutation gets 405 with <c>allow: POST</c>); <c>POST</c> with an <c>application/json</c> or
/// <c>application/graphql</c> body (another content type: 415; a malformed body: 400 with the reason); other methods:
/// 405. The response is <c>application/graphql-response+json</c> when the <c>accept</c> header prefers it (then a
/// request that fails before execution, such as a syntax or validation error, gets 400), else
/// <c>application/json</c> with 200 for every GraphQL response.</para>
/// <para>Resolvers see a <see cref="GraphQLContext"/> as their user context: the request and background tasks that
/// run after the response.</para>
/// </remarks>
/// <example>
/// <code>
/// var app = new StarletteApp(routes: [new Mount("/graphql", new GraphQLApp(schema))]);
/// </code>
/// </example>
public sealed class GraphQLApp
{
    private readonly GraphQLOptions _options;
    private readonly OperationExecutor _executor;
    private readonly GraphQLSerializer _serializer;
    private readonly GraphQLHttpHandler _http;

    /// <summary>Serves <paramref name="schema"/>.</summary>
    /// <param name="schema">The GraphQL.NET schema.</param>
    /// <param name="options">Limits, GraphiQL, executor and WebSocket settings; default <see cref="GraphQLOptions"/>'s.</param>
    public GraphQLApp(ISchema schema, GraphQLOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        _options = options ?? new GraphQLOptions();
        _executor = new OperationExecutor(schema, _options);
        _serializer = new GraphQLSerializer();
        _http = new GraphQLHttpHandler(_executor, _options, _serializer);
    }

    /// <summary>The schema served.</summary>
    public ISchema Schema { get; }

    /// <summary>Handles one connection.</summary>
    /// <param name="scope">An <c>http</c> or <c>websocket</c> scope.</param>
    /// <param name="receive">The receive channel.</param>
    /// <param name="send">The send channel.</param>
    /// <exception cref="InvalidOperationException">Any other scope (a lifespan scope reaching the app directly).</exception>
    public async ValueTask InvokeAsync(Scope scope, Receive receive, Send send)
    {
        ArgumentNullException.ThrowIfNull(scope);
        switch (scope.Type)
        {
            case ScopeType.Http:
                var response = await _http.HandleAsync(new Request(scope, receive, send)).ConfigureAwait(false);
                await response.ExecuteAsync(scope, receive, send).ConfigureAwait(false);
                break;
            case ScopeType.WebSocket:
                await new TransportWsSession(new WebSocket(scope, receive, send), _executor, _options, _serializer).RunAsync().ConfigureAwait(false);
                break;
            default:
                throw new InvalidOperationException($"GraphQLApp serves 'http' and 'websocket' scopes, not '{scope.TypeName}'.");
        }
    }

    /// <summary>The app as an <see cref="AsgiApp"/> delegate.</summary>
    public AsgiApp ToApp() => InvokeAsync;

    /// <summary>The app as an <see cref="AsgiApp"/> delegate, so it mounts and routes directly.</summary>
    /// <param name="app">The app.</param>
    public static implicit operator AsgiApp(GraphQLApp app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.ToApp();
    }
}

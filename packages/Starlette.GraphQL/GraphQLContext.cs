using Starlette.Requests;
using Starlette.Responses;
using Starlette.WebSockets;

namespace Starlette.GraphQL;

/// <summary>
/// The user context of every operation a <see cref="GraphQLApp"/> executes (GraphQL.NET's
/// <c>IResolveFieldContext.UserContext</c>), as upstream's <c>info.context</c>: the connection and the background
/// tasks, also under the keys <c>"request"</c> and <c>"background"</c> as upstream's dictionary had them.
/// </summary>
/// <remarks>Resolvers reach it with <see cref="ResolveFieldContextExtensions.GetGraphQLContext"/>. The dictionary is
/// the operation's own: resolvers may add entries for each other.</remarks>
public sealed class GraphQLContext : Dictionary<string, object?>
{
    /// <summary>The key of the connection (<see cref="Connection"/>) in the dictionary.</summary>
    public const string RequestKey = "request";

    /// <summary>The key of <see cref="Background"/> in the dictionary.</summary>
    public const string BackgroundKey = "background";

    internal GraphQLContext(HttpConnection connection)
    {
        Connection = connection;
        this[RequestKey] = connection;
        this[BackgroundKey] = Background;
    }

    /// <summary>The connection: a <see cref="Requests.Request"/> over HTTP, a <see cref="WebSockets.WebSocket"/> for
    /// subscriptions.</summary>
    public HttpConnection Connection { get; }

    /// <summary>The HTTP request, or <see langword="null"/> for an operation sent over a WebSocket.</summary>
    public Request? Request => Connection as Request;

    /// <summary>The WebSocket, or <see langword="null"/> for an operation sent over HTTP.</summary>
    public WebSocket? WebSocket => Connection as WebSocket;

    /// <summary>Work to run once the operation is answered: after the HTTP response is sent, or after the
    /// WebSocket operation's <c>complete</c> message.</summary>
    public BackgroundTasks Background { get; } = new();
}

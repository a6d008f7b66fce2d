using System.Text;
using GraphQL.SystemTextJson;
using GraphQLParser.AST;
using Starlette.GraphQL.Execution;
using Starlette.GraphQL.GraphiQL;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Types;

namespace Starlette.GraphQL.Http;

/// <summary>GraphQL over HTTP: GraphiQL for browsers, then read, check, execute and answer one request.</summary>
internal sealed class GraphQLHttpHandler(OperationExecutor executor, GraphQLOptions options, GraphQLSerializer serializer)
{
    private static readonly KeyValuePair<string, string>[] AllowAll = [new("allow", "GET, HEAD, POST")];
    private static readonly KeyValuePair<string, string>[] AllowPost = [new("allow", "POST")];

    private readonly GraphiQLPage? _graphiql = options.GraphiQL ? new GraphiQLPage(options.GraphiQLAssets) : null;
    private readonly long? _maxBodySize = options.MaxBodySize;

    public async ValueTask<Response> HandleAsync(Request request)
    {
        var get = request.Method is "GET" or "HEAD";
        if (get && request.Headers.Get("accept") is { } accept && accept.Contains("text/html", StringComparison.OrdinalIgnoreCase))
            return _graphiql is null ? new PlainTextResponse("Not Found", Status.Http404NotFound) : new HtmlResponse(_graphiql.Render(request.Url.Path));
        if (!get && request.Method != "POST")
            return new PlainTextResponse("Method Not Allowed", Status.Http405MethodNotAllowed, AllowAll);

        var format = AcceptNegotiation.Negotiate(request.Headers.Get("accept"));
        if (format == ResponseFormat.NotAcceptable)
            return new PlainTextResponse($"Not Acceptable: ask for {AcceptNegotiation.GraphQLResponseMediaType} or {AcceptNegotiation.JsonMediaType}.", Status.Http406NotAcceptable);

        if (_maxBodySize is long max) request.MaxBodySize = max;
        var cancellation = request.Scope.Aborted;
        var read = get ? RequestFields.FromQueryString(request.QueryParams) : await HttpRequestReader.FromBodyAsync(request, cancellation).ConfigureAwait(false);
        if (read.Request is null) return new PlainTextResponse(read.Problem, read.Status);

        var prepared = executor.Prepare(read.Request);
        if (get && prepared.Type is OperationType.Mutation or OperationType.Subscription)
            return new PlainTextResponse($"Method Not Allowed: a {Name(prepared.Type.Value)} cannot be sent with GET; send it with POST.", Status.Http405MethodNotAllowed, AllowPost);
        if (prepared.Type is OperationType.Subscription)
            prepared = prepared with { Error = "Subscriptions are served over a WebSocket (graphql-transport-ws), not over HTTP." };

        var context = new GraphQLContext(request);
        var result = await executor.ExecuteAsync(prepared, context, cancellation).ConfigureAwait(false);
        var status = format == ResponseFormat.GraphQLResponse && !result.Executed ? Status.Http400BadRequest : Status.Http200OK;
        var mediaType = format == ResponseFormat.GraphQLResponse ? AcceptNegotiation.GraphQLResponseMediaType : AcceptNegotiation.JsonMediaType;
        return new Response(Encoding.UTF8.GetBytes(serializer.Serialize(result)), status, mediaType: mediaType, background: context.Background);
    }

    private static string Name(OperationType type) => type == OperationType.Mutation ? "mutation" : "subscription";
}

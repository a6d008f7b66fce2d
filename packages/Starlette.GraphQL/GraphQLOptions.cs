using GraphQL;
using GraphQL.Validation;

namespace Starlette.GraphQL;

/// <summary>How a <see cref="GraphQLApp"/> serves its schema. Read once, by the app's constructor.</summary>
public sealed class GraphQLOptions
{
    /// <summary>Serve the GraphiQL page to browsers (a GET whose <c>accept</c> header names <c>text/html</c>); when off,
    /// such a request gets 404 <c>Not Found</c>, as upstream's <c>graphiql=False</c>. Default on.</summary>
    public bool GraphiQL { get; set; } = true;

    /// <summary>Where the GraphiQL page loads its scripts and stylesheet from; default <see cref="GraphiQLAssets.Cdn"/>.</summary>
    public GraphiQLAssets GraphiQLAssets { get; set; } = GraphiQLAssets.Cdn;

    /// <summary>The longest query document accepted, in characters; a longer one is a request error (400). Default
    /// 100,000; <see langword="null"/> for no limit.</summary>
    public int? MaxQueryLength { get; set; } = 100_000;

    /// <summary>The deepest selection nesting accepted (GraphQL.NET's complexity analyzer); a deeper operation fails
    /// validation. Default 15 (GraphiQL's introspection query fits); <see langword="null"/> for no limit.</summary>
    public int? MaxDepth { get; set; } = 15;

    /// <summary>The highest complexity accepted (GraphQL.NET's complexity analyzer: one per field, list fields
    /// multiply their children by five unless <c>first</c>/<c>last</c> say otherwise; introspection counts nothing,
    /// so GraphiQL's schema query passes). Default 2,000;
    /// <see langword="null"/> for no limit.</summary>
    public int? MaxComplexity { get; set; } = 2_000;

    /// <summary>The largest request body read, in bytes; a larger one gets 413. Default 1 MiB; <see langword="null"/>
    /// keeps whatever limit the scope carries.</summary>
    public long? MaxBodySize { get; set; } = 1024 * 1024;

    /// <summary>Run each field resolver that the schema gives a resolver of its own on the thread pool (upstream's
    /// <c>executor_class</c>, mapped onto GraphQL.NET's execution strategies): blocking synchronous resolvers of one
    /// query then run side by side instead of one after another, and never on the caller's thread. Mutation fields
    /// still run one after another, as the specification requires. Default off.</summary>
    public bool RunResolversOnThreadPool { get; set; }

    /// <summary>Validation rules run after GraphQL.NET's standard rules and the depth/complexity limits.</summary>
    public IList<IValidationRule> ValidationRules { get; } = [];

    /// <summary>Show exception messages of failing resolvers to clients (GraphQL.NET's <c>ExposeExceptionDetails</c>
    /// stays off; this only exposes <see cref="Exception.Message"/>). Default off: clients see GraphQL.NET's generic
    /// <c>Error trying to resolve field '…'.</c>.</summary>
    public bool ExposeExceptionMessages { get; set; }

    /// <summary>The executor; default a <see cref="DocumentExecuter"/> built by the app.</summary>
    public IDocumentExecuter? DocumentExecuter { get; set; }

    /// <summary>How long a WebSocket client may take to send <c>connection_init</c> before the server closes the
    /// connection with 4408. Default 3 seconds, as the reference graphql-ws server.</summary>
    public TimeSpan ConnectionInitWaitTimeout { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>Decides whether a WebSocket client may go on after <c>connection_init</c>: it gets the connection and
    /// the init message's payload (<see langword="null"/> when absent) and returns <see langword="false"/> to close
    /// the connection with 4403 <c>Forbidden</c>. Default: everyone may.</summary>
    public Func<GraphQLConnectionInit, ValueTask<bool>>? OnConnect { get; set; }
}

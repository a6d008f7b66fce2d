using GraphQL;
using GraphQL.Types;
using Starlette.Routing;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.GraphQL.Tests.Execution;

/// <summary>The resolver context (request, background tasks), the thread-pool option and the app's scope handling.</summary>
public class ContextTests
{
    [Fact]
    public async Task Post_ResolverQueuesBackgroundTask_RunsAfterTheResponse()
    {
        var schema = new TestSchema();
        using var client = Harness.Client(schema: schema);
        var response = await client.PostJsonAsync("/", """{"query": "{ later }"}""");

        Assert.Equal("""{"data":{"later":"queued"}}""", await Harness.JsonAsync(response));
        Assert.Equal(["ran"], schema.State.BackgroundLog);
    }

    [Fact]
    public async Task Post_Context_ExposesRequestAndUpstreamKeys()
    {
        var query = new ObjectGraphType { Name = "Query" };
        var schema = new Schema { Query = query };
        query.Field<StringGraphType>("probe").Resolve(context =>
        {
            var graphql = context.GetGraphQLContext();
            return string.Join(",",
                ReferenceEquals(graphql[GraphQLContext.RequestKey], graphql.Request),
                ReferenceEquals(graphql[GraphQLContext.BackgroundKey], graphql.Background),
                graphql.WebSocket is null,
                graphql.Connection.Url.Path);
        });
        using var client = new TestClient(new StarletteApp(routes: [new Mount("/graphql", new GraphQLApp(schema))]));
        var response = await client.PostJsonAsync("/graphql/", """{"query": "{ probe }"}""");

        Assert.Equal("""{"data":{"probe":"True,True,True,/graphql/"}}""", await Harness.JsonAsync(response));
    }

    [Fact]
    public async Task Get_ThroughAMount_AnswersData()
    {
        using var client = new TestClient(new StarletteApp(routes: [new Mount("/graphql", new GraphQLApp(new TestSchema()))]));
        var response = await client.GetAsync("/graphql/?query=" + Uri.EscapeDataString("{ method }"));

        Assert.Equal("""{"data":{"method":"GET"}}""", await Harness.JsonAsync(response));
    }

    [Fact]
    public async Task Post_RunResolversOnThreadPool_BlockingSiblingsRunSideBySide()
    {
        var schema = new TestSchema();
        schema.State.Blocking = new Barrier(2);
        using var client = Harness.Client(new GraphQLOptions { RunResolversOnThreadPool = true }, schema);
        var response = await client.PostJsonAsync("/", """{"query": "{ blockingA blockingB hello }"}""");

        Assert.Equal("""{"data":{"blockingA":true,"blockingB":true,"hello":"Hello stranger"}}""", await Harness.JsonAsync(response));
    }

    [Fact]
    public async Task Post_ResolversInline_BlockingSiblingsRunOneAfterAnother()
    {
        var schema = new TestSchema();
        schema.State.Blocking = new Barrier(2);
        schema.State.BlockingTimeout = TimeSpan.FromMilliseconds(150);
        using var client = Harness.Client(new GraphQLOptions(), schema);
        var response = await client.PostJsonAsync("/", """{"query": "{ blockingA blockingB }"}""");

        Assert.Equal("""{"data":{"blockingA":false,"blockingB":false}}""", await Harness.JsonAsync(response));
    }

    [Fact]
    public async Task Post_RunResolversOnThreadPool_MutationsStillRunInOrder()
    {
        var schema = new TestSchema();
        using var client = Harness.Client(new GraphQLOptions { RunResolversOnThreadPool = true }, schema);
        var response = await client.PostJsonAsync("/", """{"query": "mutation { a: addMessage(text: \"1\") b: addMessage(text: \"2\") c: addMessage(text: \"3\") }"}""");

        Assert.Equal("""{"data":{"a":"1","b":"2","c":"3"}}""", await Harness.JsonAsync(response));
        Assert.Equal(["1", "2", "3"], schema.State.Messages);
    }

    [Fact]
    public void GetGraphQLContext_OutsideGraphQLApp_ThrowsClearly()
    {
        var context = new ResolveFieldContext { UserContext = new Dictionary<string, object?>() };

        var error = Assert.Throws<InvalidOperationException>(() => context.GetGraphQLContext());
        Assert.Equal("The operation was not executed by a Starlette GraphQLApp: its user context is not a GraphQLContext.", error.Message);
    }

    [Fact]
    public async Task InvokeAsync_LifespanScope_Throws()
    {
        var app = new GraphQLApp(new TestSchema());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(async () =>
            await app.InvokeAsync(new Scope(ScopeType.Lifespan), () => throw new InvalidOperationException(), _ => ValueTask.CompletedTask));
        Assert.Equal("GraphQLApp serves 'http' and 'websocket' scopes, not 'lifespan'.", error.Message);
    }

    [Fact]
    public void Constructor_NullSchema_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new GraphQLApp(null!));
        Assert.Throws<ArgumentNullException>(() => (AsgiApp)(GraphQLApp)null!);
        Assert.Same(new GraphQLApp(new TestSchema()).Schema.GetType(), typeof(TestSchema));
    }
}

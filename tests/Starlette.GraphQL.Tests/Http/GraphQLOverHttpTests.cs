using System.Net;

namespace Starlette.GraphQL.Tests.Http;

/// <summary>Media types and status codes of the GraphQL-over-HTTP draft.</summary>
public class GraphQLOverHttpTests
{
    private const string GraphQLResponse = "application/graphql-response+json";

    [Theory]
    [InlineData(null, "application/json")]
    [InlineData("", "application/json")]
    [InlineData("application/json", "application/json")]
    [InlineData("*/*", "application/json")]
    [InlineData("application/*", "application/json")]
    [InlineData(GraphQLResponse, GraphQLResponse)]
    [InlineData("application/graphql-response+json, application/json", GraphQLResponse)]
    [InlineData("application/json, application/graphql-response+json;q=0.9", "application/json")]
    [InlineData("application/json;q=0.5, application/graphql-response+json;q=0.5", GraphQLResponse)]
    [InlineData("APPLICATION/GRAPHQL-RESPONSE+JSON; charset=utf-8", GraphQLResponse)]
    [InlineData("text/plain, */*;q=0.1", "application/json")]
    public async Task Post_Accept_PicksTheResponseMediaType(string? accept, string expected)
    {
        using var client = Harness.Client();
        var response = await client.PostJsonAsync("/", """{"query": "{ hello }"}""", accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, Harness.MediaType(response));
        Assert.Equal("""{"data":{"hello":"Hello stranger"}}""", await Harness.JsonAsync(response));
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml, text/csv")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    [InlineData("application/json;q=nonsense")]
    public async Task Post_AcceptNeitherJsonType_Answers406(string accept)
    {
        using var client = Harness.Client();
        var response = await client.PostJsonAsync("/", """{"query": "{ hello }"}""", accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("Not Acceptable: ask for application/graphql-response+json or application/json.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_SyntaxError_400UnderGraphQLResponse200UnderJson()
    {
        using var client = Harness.Client();
        var strict = await client.PostJsonAsync("/", """{"query": "{ hello "}""", GraphQLResponse);
        var legacy = await client.PostJsonAsync("/", """{"query": "{ hello "}""", "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        Assert.Equal(GraphQLResponse, Harness.MediaType(strict));
        Assert.Contains("Error parsing query: Expected Name, found EOF", await strict.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.Equal(await Harness.JsonAsync(strict), await Harness.JsonAsync(legacy));
    }

    [Fact]
    public async Task Post_FieldError_200WithPartialDataUnderBothMediaTypes()
    {
        using var client = Harness.Client();
        foreach (var accept in new[] { GraphQLResponse, "application/json" })
        {
            var response = await client.PostJsonAsync("/", """{"query": "{ hello fail }"}""", accept);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(
                """{"errors":[{"message":"Error trying to resolve field \u0027fail\u0027.","locations":[{"line":1,"column":9}],"path":["fail"],"extensions":{"code":"INVALID_OPERATION","codes":["INVALID_OPERATION"]}}],"data":{"hello":"Hello stranger","fail":null}}""",
                await Harness.JsonAsync(response));
        }
    }

    [Fact]
    public async Task Post_ExecutionErrorThrown_ItsMessageReachesTheClient()
    {
        using var client = Harness.Client();
        var response = await client.PostJsonAsync("/", """{"query": "{ failClearly }"}""");

        Assert.Contains("You may not see this.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ExposeExceptionMessages_ShowsTheResolversMessage()
    {
        using var client = Harness.Client(new GraphQLOptions { ExposeExceptionMessages = true });
        var response = await client.PostJsonAsync("/", """{"query": "{ fail }"}""");

        Assert.Contains("\"message\":\"resolver exploded\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_VariablesAndOperationName_SelectAndFeedTheOperation()
    {
        using var client = Harness.Client();
        var response = await client.PostJsonAsync("/", """
            {"query": "query A { hello } query B($n: String) { hello(name: $n) }", "operationName": "B", "variables": {"n": "Ada"}, "extensions": {"x": 1}}
            """);

        Assert.Equal("""{"data":{"hello":"Hello Ada"}}""", await Harness.JsonAsync(response));
    }

    [Fact]
    public async Task Get_VariablesAndOperationName_SelectAndFeedTheOperation()
    {
        using var client = Harness.Client();
        var url = Harness.Query("query A { hello } query B($n: String) { hello(name: $n) }") + "&operationName=B&variables=" + Uri.EscapeDataString("""{"n":"Grace"}""") + "&extensions=null";
        var response = await client.GetAsync(url);

        Assert.Equal("""{"data":{"hello":"Hello Grace"}}""", await Harness.JsonAsync(response));
    }

    [Fact]
    public async Task Head_Query_AnswersLikeGetWithoutBody()
    {
        using var client = Harness.Client();
        var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, Harness.Query("{ hello }")));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", Harness.MediaType(response));
    }

    [Theory]
    [InlineData("mutation { addMessage(text: \"x\") }", "mutation")]
    [InlineData("subscription { messageAdded }", "subscription")]
    public async Task Get_MutationOrSubscription_Answers405AllowPostAndRunsNothing(string query, string kind)
    {
        var schema = new TestSchema();
        using var client = Harness.Client(schema: schema);
        var response = await client.GetAsync(Harness.Query(query));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("POST", string.Join(", ", response.Content.Headers.Allow));
        Assert.Equal($"Method Not Allowed: a {kind} cannot be sent with GET; send it with POST.", await response.Content.ReadAsStringAsync());
        Assert.Empty(schema.State.Messages);
    }

    [Fact]
    public async Task Post_Mutation_RunsAndAnswersData()
    {
        var schema = new TestSchema();
        using var client = Harness.Client(schema: schema);
        var response = await client.PostJsonAsync("/", """{"query": "mutation { addMessage(text: \"hi\") }"}""");

        Assert.Equal("""{"data":{"addMessage":"hi"}}""", await Harness.JsonAsync(response));
        Assert.Equal(["hi"], schema.State.Messages);
    }

    [Fact]
    public async Task Post_Subscription_RequestErrorPointingAtWebSockets()
    {
        using var client = Harness.Client();
        var response = await client.PostJsonAsync("/", """{"query": "subscription { messageAdded }"}""", GraphQLResponse);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("""{"errors":[{"message":"Subscriptions are served over a WebSocket (graphql-transport-ws), not over HTTP."}]}""", await Harness.JsonAsync(response));
    }
}

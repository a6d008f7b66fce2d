using System.Net;
using System.Text.Json;

namespace Starlette.GraphQL.Tests.Execution;

/// <summary>Document length, depth and complexity limits: on by default, configurable, off with null.</summary>
public class LimitTests
{
    private static string Nested(int depth) => string.Concat(Enumerable.Repeat("nest { ", depth)) + "leaf" + new string('}', depth).Replace("}", " }", StringComparison.Ordinal);

    [Fact]
    public async Task Post_QueryOverMaxQueryLength_RequestErrorNamingTheLimit()
    {
        using var client = Harness.Client(new GraphQLOptions { MaxQueryLength = 20 });
        var ok = await client.PostJsonAsync("/", """{"query": "{ hello }"}""");
        var response = await client.PostJsonAsync("/", """{"query": "{ hello hello hello hello }"}""", "application/graphql-response+json");

        Assert.Equal("""{"data":{"hello":"Hello stranger"}}""", await Harness.JsonAsync(ok));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("""{"errors":[{"message":"The query document is 27 characters long; the limit is 20."}]}""", await Harness.JsonAsync(response));
    }

    [Fact]
    public async Task Post_DefaultLimit_RefusesAHugeDocument()
    {
        using var client = Harness.Client();
        var query = "{ " + string.Concat(Enumerable.Repeat("hello ", 20_000)) + "}";
        var response = await client.PostJsonAsync("/", JsonSerializer.Serialize(new { query }));

        Assert.Contains("the limit is 100000.", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_DeeperThanMaxDepth_FailsValidation()
    {
        using var client = Harness.Client(new GraphQLOptions { MaxDepth = 5 });
        var shallow = await client.PostJsonAsync("/", JsonSerializer.Serialize(new { query = "{ " + Nested(4) + " }" }));
        var deep = await client.PostJsonAsync("/", JsonSerializer.Serialize(new { query = "{ " + Nested(5) + " }" }), "application/graphql-response+json");

        Assert.Contains("\"leaf\":1", await shallow.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, deep.StatusCode);
        Assert.Contains("depth", await deep.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Post_DefaultDepth_RefusesDeepNesting()
    {
        using var client = Harness.Client();
        var deep = await client.PostJsonAsync("/", JsonSerializer.Serialize(new { query = "{ " + Nested(40) + " }" }), "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.BadRequest, deep.StatusCode);
    }

    [Fact]
    public async Task Post_OverMaxComplexity_FailsValidation()
    {
        using var client = Harness.Client(new GraphQLOptions { MaxComplexity = 3, MaxDepth = null });
        var simple = await client.PostJsonAsync("/", """{"query": "{ hello }"}""");
        var complex = await client.PostJsonAsync("/", """{"query": "{ a: hello b: hello c: hello d: hello e: hello }"}""", "application/graphql-response+json");

        Assert.Equal(HttpStatusCode.OK, simple.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, complex.StatusCode);
        Assert.Contains("complexity", await complex.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Post_LimitsOff_DeepAndLongQueriesRun()
    {
        using var client = Harness.Client(new GraphQLOptions { MaxDepth = null, MaxComplexity = null, MaxQueryLength = null });
        var response = await client.PostJsonAsync("/", JsonSerializer.Serialize(new { query = "{ " + Nested(40) + " }" }));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("\"leaf\":1", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_GraphiQLsIntrospectionQuery_PassesTheDefaultLimits()
    {
        using var client = Harness.Client();
        var response = await client.PostJsonAsync("/", JsonSerializer.Serialize(new { query = IntrospectionQuery.Text }), "application/graphql-response+json");
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        Assert.DoesNotContain("\"errors\"", body, StringComparison.Ordinal);
        Assert.Contains("\"subscriptionType\":{\"name\":\"Subscription\"}", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_ExtraValidationRule_Runs()
    {
        var options = new GraphQLOptions();
        options.ValidationRules.Add(global::GraphQL.Validation.Rules.NoUnusedVariables.Instance);
        using var client = Harness.Client(options);
        var response = await client.PostJsonAsync("/", """{"query": "query Q($unused: String) { hello }"}""");

        Assert.Contains("unused", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

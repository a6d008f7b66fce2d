using System.Net;

namespace Starlette.GraphQL.Tests.Http;

/// <summary>Bodies and query strings that are not GraphQL requests: 400 (or 413) with a message that says why.</summary>
public class MalformedRequestTests
{
    [Theory]
    [InlineData("{\"query\": ", "The body is not valid JSON: ")]
    [InlineData("", "The body is not valid JSON: ")]
    [InlineData("[{\"query\": \"{ hello }\"}]", "Batched requests (a JSON array) are not supported; send one request object.")]
    [InlineData("\"{ hello }\"", "The JSON body must be an object with a 'query' member.")]
    [InlineData("{}", "No GraphQL query found in the request")]
    [InlineData("{\"query\": null}", "No GraphQL query found in the request")]
    [InlineData("{\"query\": 42}", "'query' must be a string.")]
    [InlineData("{\"query\": \"{ hello }\", \"operationName\": 1}", "'operationName' must be a string or null.")]
    [InlineData("{\"query\": \"{ hello }\", \"variables\": \"{}\"}", "'variables' must be an object or null.")]
    [InlineData("{\"query\": \"{ hello }\", \"extensions\": []}", "'extensions' must be an object or null.")]
    public async Task Post_MalformedJson_Answers400WithTheReason(string body, string message)
    {
        using var client = Harness.Client();
        var response = await client.PostJsonAsync("/", body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("variables=%7Bnope", "'variables' is not valid JSON: ")]
    [InlineData("variables=%5B1%5D", "'variables' must be a JSON object.")]
    [InlineData("extensions=3", "'extensions' must be a JSON object.")]
    public async Task Get_MalformedVariables_Answers400WithTheReason(string parameter, string message)
    {
        using var client = Harness.Client();
        var response = await client.GetAsync(Harness.Query("{ hello }") + "&" + parameter);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith(message, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_GraphQLBodyNotUtf8_Answers400()
    {
        using var client = Harness.Client();
        var content = new ByteArrayContent([0x7B, 0xFF, 0xFE, 0x7D]);
        content.Headers.TryAddWithoutValidation("content-type", "application/graphql");
        var response = await client.PostAsync("/", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("The application/graphql body is not valid UTF-8.", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_BodyOverMaxBodySize_Answers413()
    {
        using var client = Harness.Client(new GraphQLOptions { MaxBodySize = 64 });
        var response = await client.PostJsonAsync("/", "{\"query\": \"{ hello }\", \"extensions\": {\"pad\": \"" + new string('x', 100) + "\"}}");

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Post_NoContentTypeAndNoQueryParameter_Answers415()
    {
        using var client = Harness.Client();
        var response = await client.PostAsync("/", new ByteArrayContent([]));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }
}

using System.Net;
using Starlette.Routing;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.GraphQL.Tests.Http;

/// <summary>Upstream's tests/test_graphql.py (Starlette 0.15, graphene), ported to GraphQL.NET.</summary>
public class UpstreamGraphQLAppTests
{
    private const string HelloStranger = """{"data":{"hello":"Hello stranger"}}""";

    [Fact]
    public async Task Get_QueryInQueryString_AnswersData()
    {
        using var client = Harness.Client();
        var response = await client.GetAsync(Harness.Query("{ hello }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HelloStranger, await Harness.JsonAsync(response));
    }

    [Fact]
    public async Task Post_QueryInQueryStringWithoutBody_AnswersData()
    {
        using var client = Harness.Client();
        var response = await client.PostAsync(Harness.Query("{ hello }"), null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HelloStranger, await Harness.JsonAsync(response));
    }

    [Fact]
    public async Task Post_JsonBody_AnswersData()
    {
        using var client = Harness.Client();
        var response = await client.PostJsonAsync("/", """{"query": "{ hello }"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HelloStranger, await Harness.JsonAsync(response));
    }

    [Fact]
    public async Task Post_GraphQLBody_AnswersData()
    {
        using var client = Harness.Client();
        var response = await client.PostAsync("/", Harness.Body("{ hello }", "application/graphql"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HelloStranger, await Harness.JsonAsync(response));
    }

    [Fact]
    public async Task Post_OtherMediaType_Answers415()
    {
        using var client = Harness.Client();
        var response = await client.PostAsync("/", Harness.Body("{ hello }", "dummy/type"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("Unsupported Media Type", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Put_Answers405WithAllow()
    {
        using var client = Harness.Client();
        var response = await client.PutAsync("/", Harness.Body("""{"query": "{ hello }"}""", "application/json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("Method Not Allowed", await response.Content.ReadAsStringAsync());
        Assert.Equal("GET, HEAD, POST", response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : string.Join(", ", response.Headers.GetValues("allow")));
    }

    [Fact]
    public async Task Get_NoQuery_Answers400()
    {
        using var client = Harness.Client();
        var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("No GraphQL query found in the request", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_InvalidField_ValidationErrorWithLocation()
    {
        using var client = Harness.Client();
        // Upstream answered 400 with "data": null; the GraphQL-over-HTTP draft answers a request error with 400 and
        // no data under application/graphql-response+json, and with 200 under application/json.
        var strict = await client.PostJsonAsync("/", """{"query": "{ dummy }"}""", accept: "application/graphql-response+json");
        var legacy = await client.PostJsonAsync("/", """{"query": "{ dummy }"}""");

        Assert.Equal(HttpStatusCode.BadRequest, strict.StatusCode);
        var body = await Harness.JsonAsync(strict);
        Assert.StartsWith("""{"errors":[{"message":"Cannot query field \u0027dummy\u0027 on type \u0027Query\u0027.","locations":[{"line":1,"column":3}]""", body, StringComparison.Ordinal);
        Assert.DoesNotContain("\"data\"", body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.Equal(body, await Harness.JsonAsync(legacy));
    }

    [Fact]
    public async Task Get_AcceptHtml_ServesGraphiQL()
    {
        using var client = Harness.Client();
        var response = await client.GetAsync("/", accept: "text/html");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", Harness.MediaType(response));
        Assert.Contains("<!DOCTYPE html>", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_AcceptHtmlWithGraphiQLOff_Answers404()
    {
        using var client = Harness.Client(new GraphQLOptions { GraphiQL = false });
        var response = await client.GetAsync("/", accept: "text/html");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Not Found", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Route_GraphQLAppAsEndpoint_AnswersData()
    {
        var app = new StarletteApp(routes: [new Route("/", new GraphQLApp(new TestSchema()))]);
        using var client = new TestClient(app);
        var response = await client.GetAsync(Harness.Query("{ hello }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(HelloStranger, await Harness.JsonAsync(response));
    }

    [Fact]
    public async Task Context_CarriesTheRequestThatMiddlewareMarked()
    {
        var auth = new MiddlewareDescriptor("fake-auth", next => (scope, receive, send) =>
        {
            var authorization = scope.Headers.FirstOrDefault(h => h.Name == "authorization").Value;
            if (authorization == "Bearer 123") scope.Items[ScopeItemKeys.User] = "Jane";
            return next(scope, receive, send);
        });
        var app = new StarletteApp(routes: [new Route("/", new GraphQLApp(new TestSchema()))], middleware: [auth]);
        using var client = new TestClient(app);
        var request = Harness.Message(HttpMethod.Post, "/", Harness.Body("""{"query": "{ whoami }"}""", "application/json"), null);
        request.Headers.TryAddWithoutValidation("authorization", "Bearer 123");
        var response = await client.SendAsync(request);
        var anonymous = await client.PostJsonAsync("/", """{"query": "{ whoami }"}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"whoami":"Jane"}}""", await Harness.JsonAsync(response));
        Assert.Equal("""{"data":{"whoami":"a mystery"}}""", await Harness.JsonAsync(anonymous));
    }

    [Fact]
    public async Task Get_AsyncResolver_AnswersData()
    {
        using var client = Harness.Client();
        var response = await client.GetAsync(Harness.Query("{ asyncHello }"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("""{"data":{"asyncHello":"Hello async"}}""", await Harness.JsonAsync(response));
    }
}

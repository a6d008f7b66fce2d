using System.Net;
using System.Net.Http.Json;
using static Starlette.Middleware.Cors.Tests.Harness;

namespace Starlette.Middleware.Cors.Tests;

/// <summary>Upstream's tests/middleware/test_cors.py, one test each, through the TestClient.</summary>
public class CorsMiddlewareTests
{
    private static readonly (string, string) Origin = ("Origin", "https://example.org");

    [Fact]
    public async Task Wrap_AllowAllWithCredentials_EchoesOriginOnPreflightAndSimpleResponses() // upstream test_cors_allow_all
    {
        using var client = Client(Homepage(), new CorsOptions
        {
            AllowOrigins = ["*"],
            AllowHeaders = ["*"],
            AllowMethods = ["*"],
            ExposeHeaders = ["X-Status"],
            AllowCredentials = true,
        });

        // Pre-flight response
        var response = await client.OptionsAsync("/", Origin, ("Access-Control-Request-Method", "GET"), ("Access-Control-Request-Headers", "X-Example"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("OK", await TextAsync(response));
        Assert.Equal("https://example.org", Header(response, "access-control-allow-origin"));
        Assert.Equal("X-Example", Header(response, "access-control-allow-headers"));
        Assert.Equal("true", Header(response, "access-control-allow-credentials"));
        Assert.Equal("Origin", Header(response, "vary"));

        // Standard response
        response = await client.GetWithHeadersAsync("/", Origin);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Homepage", await TextAsync(response));
        Assert.Equal("https://example.org", Header(response, "access-control-allow-origin"));
        Assert.Equal("X-Status", Header(response, "access-control-expose-headers"));
        Assert.Equal("true", Header(response, "access-control-allow-credentials"));

        // Standard credentialed response
        response = await client.GetWithHeadersAsync("/", Origin, ("Cookie", "star_cookie=sugar"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Homepage", await TextAsync(response));
        Assert.Equal("https://example.org", Header(response, "access-control-allow-origin"));
        Assert.Equal("X-Status", Header(response, "access-control-expose-headers"));
        Assert.Equal("true", Header(response, "access-control-allow-credentials"));

        // Non-CORS response
        response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Homepage", await TextAsync(response));
        Assert.False(HasHeader(response, "access-control-allow-origin"));
    }

    [Fact]
    public async Task Wrap_AllowAllWithoutCredentials_AnswersWildcard() // upstream test_cors_allow_all_except_credentials
    {
        using var client = Client(Homepage(), new CorsOptions
        {
            AllowOrigins = ["*"],
            AllowHeaders = ["*"],
            AllowMethods = ["*"],
            ExposeHeaders = ["X-Status"],
        });

        var response = await client.OptionsAsync("/", Origin, ("Access-Control-Request-Method", "GET"), ("Access-Control-Request-Headers", "X-Example"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("OK", await TextAsync(response));
        Assert.Equal("*", Header(response, "access-control-allow-origin"));
        Assert.Equal("X-Example", Header(response, "access-control-allow-headers"));
        Assert.False(HasHeader(response, "access-control-allow-credentials"));
        Assert.False(HasHeader(response, "vary"));

        response = await client.GetWithHeadersAsync("/", Origin);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Homepage", await TextAsync(response));
        Assert.Equal("*", Header(response, "access-control-allow-origin"));
        Assert.Equal("X-Status", Header(response, "access-control-expose-headers"));
        Assert.False(HasHeader(response, "access-control-allow-credentials"));

        response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Homepage", await TextAsync(response));
        Assert.False(HasHeader(response, "access-control-allow-origin"));
    }

    [Fact]
    public async Task Wrap_SpecificOrigin_EchoesItWithSortedAllowedHeaders() // upstream test_cors_allow_specific_origin
    {
        using var client = Client(Homepage(), new CorsOptions
        {
            AllowOrigins = ["https://example.org"],
            AllowHeaders = ["X-Example", "Content-Type"],
        });

        var response = await client.OptionsAsync("/", Origin, ("Access-Control-Request-Method", "GET"), ("Access-Control-Request-Headers", "X-Example, Content-Type"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("OK", await TextAsync(response));
        Assert.Equal("https://example.org", Header(response, "access-control-allow-origin"));
        Assert.Equal("Accept, Accept-Language, Content-Language, Content-Type, X-Example", Header(response, "access-control-allow-headers"));
        Assert.False(HasHeader(response, "access-control-allow-credentials"));

        response = await client.GetWithHeadersAsync("/", Origin);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Homepage", await TextAsync(response));
        Assert.Equal("https://example.org", Header(response, "access-control-allow-origin"));
        Assert.False(HasHeader(response, "access-control-allow-credentials"));

        response = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Homepage", await TextAsync(response));
        Assert.False(HasHeader(response, "access-control-allow-origin"));
    }

    [Fact]
    public async Task Wrap_DisallowedPreflight_Answers400NamingEachFailure() // upstream test_cors_disallowed_preflight
    {
        using var client = Client(Unreachable, new CorsOptions
        {
            AllowOrigins = ["https://example.org"],
            AllowHeaders = ["X-Example"],
        });

        var response = await client.OptionsAsync("/", ("Origin", "https://another.org"), ("Access-Control-Request-Method", "POST"), ("Access-Control-Request-Headers", "X-Nope"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Disallowed CORS origin, method, headers", await TextAsync(response));
        Assert.False(HasHeader(response, "access-control-allow-origin"));

        // Several disallowed headers are reported once (upstream PR 1199).
        response = await client.OptionsAsync("/", Origin, ("Access-Control-Request-Method", "GET"), ("Access-Control-Request-Headers", "X-Nope-1, X-Nope-2"));
        Assert.Equal("Disallowed CORS headers", await TextAsync(response));
    }

    [Fact]
    public async Task Wrap_WildcardOriginsWithCredentials_PreflightEchoesOrigin() // upstream test_preflight_allows_request_origin_if_origins_wildcard_and_credentials_allowed
    {
        using var client = Client(Unreachable, new CorsOptions
        {
            AllowOrigins = ["*"],
            AllowMethods = ["POST"],
            AllowCredentials = true,
        });

        var response = await client.OptionsAsync("/", Origin, ("Access-Control-Request-Method", "POST"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("https://example.org", Header(response, "access-control-allow-origin"));
        Assert.Equal("true", Header(response, "access-control-allow-credentials"));
        Assert.Equal("Origin", Header(response, "vary"));
    }

    [Fact]
    public async Task Wrap_AllMethodsAllowed_PreflightListsEveryMethod() // upstream test_cors_preflight_allow_all_methods
    {
        using var client = Client(Unreachable, new CorsOptions { AllowOrigins = ["*"], AllowMethods = ["*"] });

        foreach (var method in new[] { "DELETE", "GET", "HEAD", "OPTIONS", "PATCH", "POST", "PUT" })
        {
            var response = await client.OptionsAsync("/", Origin, ("Access-Control-Request-Method", "POST"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(method, Header(response, "access-control-allow-methods"), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Wrap_AllMethodsAllowed_SimpleRequestsOfEveryMethodReachTheApp() // upstream test_cors_allow_all_methods
    {
        using var client = Client(Homepage(), new CorsOptions { AllowOrigins = ["*"], AllowMethods = ["*"] });

        foreach (var method in new[] { HttpMethod.Patch, HttpMethod.Post, HttpMethod.Put })
        {
            var request = Request(method, "/", Origin);
            request.Content = JsonContent.Create(new { });
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
        }

        foreach (var method in new[] { HttpMethod.Delete, HttpMethod.Get, HttpMethod.Head, HttpMethod.Options })
            Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(Request(method, "/", Origin))).StatusCode);
    }

    [Fact]
    public async Task Wrap_OriginRegex_AllowsMatchingOriginsOnly() // upstream test_cors_allow_origin_regex
    {
        using var client = Client(Homepage(), new CorsOptions
        {
            AllowHeaders = ["X-Example", "Content-Type"],
            AllowOriginRegex = "https://.*",
            AllowCredentials = true,
        });

        // Standard response
        var response = await client.GetWithHeadersAsync("/", Origin);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Homepage", await TextAsync(response));
        Assert.Equal("https://example.org", Header(response, "access-control-allow-origin"));
        Assert.Equal("true", Header(response, "access-control-allow-credentials"));

        // Standard credentialed response
        response = await client.GetWithHeadersAsync("/", Origin, ("Cookie", "star_cookie=sugar"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Homepage", await TextAsync(response));
        Assert.Equal("https://example.org", Header(response, "access-control-allow-origin"));
        Assert.Equal("true", Header(response, "access-control-allow-credentials"));

        // Disallowed standard response: the browser enforces it; the response just lacks the header.
        response = await client.GetWithHeadersAsync("/", ("Origin", "http://example.org"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Homepage", await TextAsync(response));
        Assert.False(HasHeader(response, "access-control-allow-origin"));

        // Pre-flight response
        response = await client.OptionsAsync("/", ("Origin", "https://another.com"), ("Access-Control-Request-Method", "GET"), ("Access-Control-Request-Headers", "X-Example, content-type"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("OK", await TextAsync(response));
        Assert.Equal("https://another.com", Header(response, "access-control-allow-origin"));
        Assert.Equal("Accept, Accept-Language, Content-Language, Content-Type, X-Example", Header(response, "access-control-allow-headers"));
        Assert.Equal("true", Header(response, "access-control-allow-credentials"));

        // Disallowed pre-flight response
        response = await client.OptionsAsync("/", ("Origin", "http://another.com"), ("Access-Control-Request-Method", "GET"), ("Access-Control-Request-Headers", "X-Example"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Disallowed CORS origin", await TextAsync(response));
        Assert.False(HasHeader(response, "access-control-allow-origin"));
    }

    [Fact]
    public async Task Wrap_OriginRegex_MustMatchTheWholeOrigin() // upstream test_cors_allow_origin_regex_fullmatch
    {
        using var client = Client(Homepage(), new CorsOptions
        {
            AllowHeaders = ["X-Example", "Content-Type"],
            AllowOriginRegex = @"https://.*\.example.org",
        });

        var response = await client.GetWithHeadersAsync("/", ("Origin", "https://subdomain.example.org"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Homepage", await TextAsync(response));
        Assert.Equal("https://subdomain.example.org", Header(response, "access-control-allow-origin"));
        Assert.False(HasHeader(response, "access-control-allow-credentials"));

        response = await client.GetWithHeadersAsync("/", ("Origin", "https://subdomain.example.org.hacker.com"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Homepage", await TextAsync(response));
        Assert.False(HasHeader(response, "access-control-allow-origin"));
    }

    [Fact]
    public async Task Wrap_SpecificOrigin_VaryIsOrigin() // upstream test_cors_vary_header_defaults_to_origin
    {
        using var client = Client(Homepage(), new CorsOptions { AllowOrigins = ["https://example.org"] });

        var response = await client.GetWithHeadersAsync("/", Origin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Origin", Header(response, "vary"));
    }

    [Fact]
    public async Task Wrap_WildcardWithoutCredentials_LeavesVaryAlone() // upstream test_cors_vary_header_is_not_set_for_non_credentialed_request
    {
        using var client = Client(Homepage(("Vary", "Accept-Encoding")), new CorsOptions { AllowOrigins = ["*"] });

        var response = await client.GetWithHeadersAsync("/", ("Origin", "https://someplace.org"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Accept-Encoding", Header(response, "vary"));
    }

    [Fact]
    public async Task Wrap_WildcardWithCredentials_AppendsOriginToVary() // upstream test_cors_vary_header_is_properly_set_for_credentialed_request
    {
        using var client = Client(Homepage(("Vary", "Accept-Encoding")), new CorsOptions { AllowOrigins = ["*"], AllowCredentials = true });

        var response = await client.GetWithHeadersAsync("/", ("Origin", "https://someplace.org"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Accept-Encoding, Origin", Header(response, "vary"));
    }

    [Fact]
    public async Task Wrap_SpecificOrigin_AppendsOriginToVary() // upstream test_cors_vary_header_is_properly_set_when_allow_origins_is_not_wildcard
    {
        using var client = Client(Homepage(("Vary", "Accept-Encoding")), new CorsOptions { AllowOrigins = ["https://example.org"] });

        var response = await client.GetWithHeadersAsync("/", Origin);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Accept-Encoding, Origin", Header(response, "vary"));
    }

    [Fact]
    public async Task Wrap_AllowedThenDisallowedOrigin_NothingLeaksBetweenRequests() // upstream test_cors_allowed_origin_does_not_leak_between_requests
    {
        using var client = Client(Homepage(), new CorsOptions { AllowOrigins = ["https://example.org"] });

        var response = await client.GetWithHeadersAsync("/", Origin);
        Assert.Equal("https://example.org", Header(response, "access-control-allow-origin"));

        response = await client.GetWithHeadersAsync("/", ("Origin", "https://other.org"));
        Assert.False(HasHeader(response, "access-control-allow-origin"));

        response = await client.GetWithHeadersAsync("/", Origin);
        Assert.Equal("https://example.org", Header(response, "access-control-allow-origin"));
    }

    [Fact]
    public async Task Wrap_PrivateNetworkAllowed_PreflightGrantsItOnlyWhenAsked() // upstream test_cors_private_network_access_allowed
    {
        using var client = Client(Homepage(), new CorsOptions { AllowOrigins = ["*"], AllowMethods = ["*"], AllowPrivateNetwork = true });
        (string, string)[] withoutPna = [Origin, ("Access-Control-Request-Method", "GET")];
        (string, string)[] withPna = [.. withoutPna, ("Access-Control-Request-Private-Network", "true")];

        var response = await client.OptionsAsync("/", withPna);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("OK", await TextAsync(response));
        Assert.Equal("true", Header(response, "access-control-allow-private-network"));

        response = await client.OptionsAsync("/", withoutPna);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("OK", await TextAsync(response));
        Assert.False(HasHeader(response, "access-control-allow-private-network"));

        // Not a preflight: no private network header, but the usual CORS headers.
        response = await client.GetWithHeadersAsync("/", withPna);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Homepage", await TextAsync(response));
        Assert.False(HasHeader(response, "access-control-allow-private-network"));
        Assert.True(HasHeader(response, "access-control-allow-origin"));
    }

    [Fact]
    public async Task Wrap_PrivateNetworkDisallowed_PreflightAskingForItIs400() // upstream test_cors_private_network_access_disallowed
    {
        using var client = Client(Unreachable, new CorsOptions { AllowOrigins = ["*"], AllowMethods = ["*"], AllowPrivateNetwork = false });
        (string, string)[] withoutPna = [Origin, ("Access-Control-Request-Method", "GET")];
        (string, string)[] withPna = [.. withoutPna, ("Access-Control-Request-Private-Network", "true")];

        var response = await client.OptionsAsync("/", withoutPna);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("OK", await TextAsync(response));
        Assert.False(HasHeader(response, "access-control-allow-private-network"));

        response = await client.OptionsAsync("/", withPna);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("Disallowed CORS private-network", await TextAsync(response));
        Assert.False(HasHeader(response, "access-control-allow-private-network"));
    }
}

using Starlette.Responses;
using Starlette.Testing;
using Starlette.Types;

namespace Starlette.Middleware.Cors.Tests;

internal static class Harness
{
    /// <summary>Upstream's homepage endpoint: 200 "Homepage" for any path and method, with optional extra headers.</summary>
    public static AsgiApp Homepage(params (string Name, string Value)[] headers) => (scope, receive, send) =>
        new PlainTextResponse("Homepage", headers: HeaderFields.From(headers.Select(h => (HttpHeader)h)))
            .ExecuteAsync(scope, receive, send);

    /// <summary>An endpoint upstream never reaches (<c># pragma: no cover</c>): preflights must be answered by the middleware.</summary>
    public static readonly AsgiApp Unreachable = (_, _, _) => throw new InvalidOperationException("The app must not be called.");

    public static TestClient Client(AsgiApp app, CorsOptions options) => new(CorsMiddleware.Wrap(app, options));

    public static Task<HttpResponseMessage> OptionsAsync(this HttpClient client, string url, params (string Name, string Value)[] headers) =>
        client.SendAsync(Request(HttpMethod.Options, url, headers));

    public static Task<HttpResponseMessage> GetWithHeadersAsync(this HttpClient client, string url, params (string Name, string Value)[] headers) =>
        client.SendAsync(Request(HttpMethod.Get, url, headers));

    public static HttpRequestMessage Request(HttpMethod method, string url, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, url);
        foreach (var (name, value) in headers) request.Headers.TryAddWithoutValidation(name, value);
        return request;
    }

    /// <summary>A response header as httpx's <c>response.headers[name]</c> gives it: every value, joined with ", ".</summary>
    public static string Header(HttpResponseMessage response, string name)
    {
        var values = Values(response, name);
        return values.Count > 0 ? string.Join(", ", values) : throw new KeyNotFoundException(name);
    }

    public static bool HasHeader(HttpResponseMessage response, string name) => Values(response, name).Count > 0;

    public static Task<string> TextAsync(HttpResponseMessage response) => response.Content.ReadAsStringAsync();

    /// <summary>The raw response headers as (name, value) pairs, in order.</summary>
    public static (string, string)[] Raw(HttpResponseMessage response) =>
        response.GetRawHeaders().Select(h => (h.Name, h.Value)).ToArray();

    private static List<string> Values(HttpResponseMessage response, string name) =>
        response.GetRawHeaders().Where(h => string.Equals(h.Name, name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value).ToList();
}

/// <summary>Hand-made scopes and apps for direct calls (Recorder runs them: exact header lists and odd headers).</summary>
internal static class Contract
{
    public static Scope HttpScope(string method, params (string Name, string Value)[] headers) =>
        new(ScopeType.Http) { Method = method, Headers = headers.Select(h => new HttpHeader(h.Name, h.Value)).ToList() };

    /// <summary>An app that sends 200 "Homepage" with exactly the given headers, in a new list each time.</summary>
    public static AsgiApp Sending(params (string Name, string Value)[] headers) => async (_, _, send) =>
    {
        await send(new HttpResponseStartMessage(Status.Http200OK, headers.Select(h => new HttpHeader(h.Name, h.Value)).ToList()));
        await send(new HttpResponseBodyMessage("Homepage"u8.ToArray()));
    };
}

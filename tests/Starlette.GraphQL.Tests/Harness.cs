using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Starlette.Testing;

namespace Starlette.GraphQL.Tests;

internal static class Harness
{
    public static TestClient Client(GraphQLOptions? options = null, TestSchema? schema = null) => new(new GraphQLApp(schema ?? new TestSchema(), options));

    public static Task<HttpResponseMessage> PostJsonAsync(this HttpClient client, string url, string json, string? accept = null)
        => client.SendAsync(Message(HttpMethod.Post, url, new StringContent(json, Encoding.UTF8, "application/json"), accept));

    public static Task<HttpResponseMessage> GetAsync(this HttpClient client, string url, string accept)
        => client.SendAsync(Message(HttpMethod.Get, url, null, accept));

    public static HttpRequestMessage Message(HttpMethod method, string url, HttpContent? content, string? accept)
    {
        var message = new HttpRequestMessage(method, url) { Content = content };
        if (accept is not null) message.Headers.TryAddWithoutValidation("accept", accept);
        return message;
    }

    public static StringContent Body(string text, string contentType)
    {
        var content = new StringContent(text);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    /// <summary>The JSON body, re-serialized compactly so tests compare it as a string.</summary>
    public static async Task<string> JsonAsync(HttpResponseMessage response)
    {
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return JsonSerializer.Serialize(document.RootElement);
    }

    public static string? MediaType(HttpResponseMessage response) => response.Content.Headers.ContentType?.MediaType;

    public static string Query(string query) => "/?query=" + Uri.EscapeDataString(query);
}

using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Starlette.Testing;

namespace Starlette.Typed.Tests;

internal static class Harness
{
    public static TestClient Client(TypedApi api) => new(api.ToApp());

    public static StringContent Json(string json, string contentType = "application/json")
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        return content;
    }

    public static async Task<JsonElement> BodyAsync(HttpResponseMessage response) =>
        JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();

    /// <summary>The problem's errors as "in:name-or-pointer" strings, in order.</summary>
    public static List<string> ErrorKeys(JsonElement problem) =>
        [.. problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("in").GetString() + ":" + (e.TryGetProperty("name", out var n) ? n.GetString() : e.GetProperty("pointer").GetString()))];
}

public sealed record Todo(string Title, bool Done = false);

public sealed class TodoInput
{
    [System.ComponentModel.DataAnnotations.StringLength(20, MinimumLength = 2)]
    public string Title { get; set; } = null!;

    [System.ComponentModel.DataAnnotations.Range(1, 5)]
    public int Priority { get; set; } = 3;

    public string? Note { get; set; }

    public List<Tag> Tags { get; set; } = [];
}

public sealed record Tag(string Name);

[JsonSerializable(typeof(Todo))]
[JsonSerializable(typeof(TodoInput))]
[JsonSerializable(typeof(List<Todo>))]
[JsonSerializable(typeof(int))]
[JsonSerializable(typeof(string))]
internal sealed partial class TestJsonContext : JsonSerializerContext;

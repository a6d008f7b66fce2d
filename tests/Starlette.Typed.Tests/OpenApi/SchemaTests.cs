using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Microsoft.OpenApi;
using Microsoft.OpenApi.Reader;
using Starlette.Requests;
using static Starlette.Typed.Tests.Harness;

namespace Starlette.Typed.Tests.OpenApi;

/// <summary>The schema pieces of the document: every DataAnnotations constraint, parameter schemas of enums and
/// arrays, parameters that are not in the request (request, cancellation), and results that are not objects.</summary>
public class SchemaTests
{
    public enum Size
    {
        Small,
        Large,
    }

    [Fact]
    public async Task Body_DataAnnotations_BecomeSchemaConstraints()
    {
        var api = new TypedApi();
        api.Post("/profiles", (Profile profile) => profile.Email);
        var (doc, errors) = await DocumentAsync(api);

        var properties = doc.GetProperty("components").GetProperty("schemas").GetProperty("Profile").GetProperty("properties");

        Assert.Empty(errors);
        Assert.Equal("email", properties.GetProperty("email").GetProperty("format").GetString());
        Assert.Equal(1, properties.GetProperty("email").GetProperty("minLength").GetInt32()); // [Required]: no empty string
        Assert.Equal("uri", properties.GetProperty("site").GetProperty("format").GetString());
        Assert.Equal("^[a-z]+$", properties.GetProperty("handle").GetProperty("pattern").GetString());
        Assert.Equal(1, properties.GetProperty("tags").GetProperty("minItems").GetInt32());
        Assert.Equal(3, properties.GetProperty("tags").GetProperty("maxItems").GetInt32());
        Assert.Equal(2, properties.GetProperty("nick").GetProperty("minLength").GetInt32());
        Assert.Equal(8, properties.GetProperty("nick").GetProperty("maxLength").GetInt32());
        Assert.Equal(0.5, properties.GetProperty("score").GetProperty("minimum").GetDouble());
        Assert.False(properties.GetProperty("score").TryGetProperty("maximum", out _)); // an infinite bound is no bound
        Assert.Equal(1.5, properties.GetProperty("price").GetProperty("minimum").GetDouble());
        Assert.Equal(9.5, properties.GetProperty("price").GetProperty("maximum").GetDouble());
        Assert.Equal(0, properties.GetProperty("rank").GetProperty("exclusiveMinimum").GetInt32());
    }

    [Fact]
    public async Task Parameters_EnumsArraysAndNonRequestParameters_AreDescribedOrLeftOut()
    {
        var api = new TypedApi();
        api.Get("/stats", (Request request, CancellationToken aborted, Size size, int[]? ids) => new Dictionary<string, int> { ["n"] = ids?.Length ?? 0 });
        var (doc, errors) = await DocumentAsync(api);

        var operation = doc.GetProperty("paths").GetProperty("/stats").GetProperty("get");
        var parameters = operation.GetProperty("parameters").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        var result = operation.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema");

        Assert.Empty(errors);
        Assert.Equal(["ids", "size"], parameters.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["Small", "Large"], parameters["size"].GetProperty("schema").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("array", parameters["ids"].GetProperty("schema").GetProperty("type").GetString());
        Assert.Equal("integer", parameters["ids"].GetProperty("schema").GetProperty("items").GetProperty("type").GetString());
        Assert.False(parameters["ids"].TryGetProperty("required", out var required) && required.GetBoolean()); // optional: not required
        Assert.Contains("\"integer\"", result.GetProperty("additionalProperties").GetProperty("type").GetRawText(), StringComparison.Ordinal);
    }

    private static async Task<(JsonElement Document, IList<OpenApiError> Errors)> DocumentAsync(TypedApi api)
    {
        using var client = Client(api);
        var text = await client.GetStringAsync("/openapi.json");
        var (_, diagnostic) = OpenApiDocument.Parse(text, "json", new OpenApiReaderSettings());
        return (JsonDocument.Parse(text).RootElement.Clone(), diagnostic!.Errors);
    }

    public sealed class Profile
    {
        [Required]
        [EmailAddress]
        public string Email { get; set; } = "";

        [Url]
        public string? Site { get; set; }

        [RegularExpression("^[a-z]+$")]
        public string Handle { get; set; } = "";

        [MinLength(1)]
        [MaxLength(3)]
        public List<string> Tags { get; set; } = [];

        [MinLength(2)]
        [MaxLength(8)]
        public string Nick { get; set; } = "";

        [Range(0.5, double.PositiveInfinity)]
        public double Score { get; set; }

        [Range(typeof(decimal), "1.5", "9.5")]
        public decimal Price { get; set; }

        [Range(0, 10, MinimumIsExclusive = true)]
        public int Rank { get; set; }
    }
}

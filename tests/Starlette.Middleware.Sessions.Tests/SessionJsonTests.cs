using System.Numerics;
using System.Text.Json;
using System.Text.Json.Nodes;
using static Starlette.Middleware.Sessions.Tests.Harness;

namespace Starlette.Middleware.Sessions.Tests;

/// <summary>
/// The session values .NET code may store beyond what Python's <c>json.loads</c> gives back (other number types,
/// dictionaries, <see cref="JsonElement"/>s, <see cref="JsonValue"/>s of any type), written as Python's
/// <c>json.dumps</c> writes their JSON, and what a saved session reads back as.
/// </summary>
public class SessionJsonTests
{
    private static async Task<string?> RunAsync(string? cookie, Action<Session> handle) =>
        await SetCookieAsync(cookie, handle, new SessionOptions { SecretKey = Secret, TimeProvider = Clock(Vectors.SignedAt) }) is { } setCookie ? CookieValue(setCookie) : null;

    private static async Task<string> SavedJsonAsync(object? value) => PayloadJson((await RunAsync(null, s => s["v"] = value))!);

    public static TheoryData<object?, string> Values => new()
    {
        { 1.5f, "1.5" },
        { 2.25m, "2.25" },
        { new Dictionary<string, int> { ["a"] = 1, ["b"] = 2 }, "{\"a\": 1, \"b\": 2}" },
        { JsonDocument.Parse("{\"o\": {\"a\": [1, 2.5, true, false, null, \"s\", 123456789012345678901234]}, \"e\": {}, \"l\": []}").RootElement, "{\"o\": {\"a\": [1, 2.5, true, false, null, \"s\", 123456789012345678901234]}, \"e\": {}, \"l\": []}" },
        { JsonValue.Create('c'), "\"c\"" },
        { JsonValue.Create(new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Unspecified)), "\"2024-01-02T03:04:05\"" },
        { "\b\f", "\"\\b\\f\"" },
    };

    [Theory]
    [MemberData(nameof(Values))]
    public async Task Save_DotNetValue_WritesItsJsonAsPythonJsonDumps(object? value, string json)
    {
        Assert.Equal("{\"v\": " + json + "}", await SavedJsonAsync(value));
    }

    [Fact]
    public async Task Load_NestedLiteralsAndBigIntegers_ReadAsNodesAndSaveBackUnchanged()
    {
        var saved = await RunAsync(null, s => s["v"] = new JsonObject
        {
            ["flags"] = new JsonArray(true, false, null),
            ["big"] = JsonNode.Parse("123456789012345678901234"),
            ["t"] = true,
        });
        Session? loaded = null;

        var resaved = await RunAsync(saved, s => { loaded = s; s.MarkModified(); });

        var value = Assert.IsType<JsonObject>(loaded!["v"]);
        Assert.Equal("[true,false,null]", value["flags"]!.ToJsonString());
        Assert.Equal(BigInteger.Parse("123456789012345678901234", System.Globalization.CultureInfo.InvariantCulture), BigInteger.Parse(value["big"]!.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(value["t"]!.GetValue<bool>());
        Assert.Equal(saved, resaved);
    }
}

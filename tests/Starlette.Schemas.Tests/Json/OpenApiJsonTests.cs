using static Starlette.Schemas.Tests.Tree;

namespace Starlette.Schemas.Tests.Json;

public sealed class OpenApiJsonTests
{
    [Fact]
    public void ToJsonNode_Tree_StringifiesKeysLikePythonJson()
    {
        var tree = Map((200, Map(("ok", true))), (1.5, List(1, 2.5, null, new DateOnly(2020, 1, 2))), (true, "yes"));

        Assert.Equal("{\"200\":{\"ok\":true},\"1.5\":[1,2.5,null,\"2020-01-02\"],\"true\":\"yes\"}", OpenApiJson.ToJsonNode(tree)!.ToJsonString());
    }

    [Theory]
    [InlineData("&a [*a]\n")]
    [InlineData("&m {self: *m}\n")]
    [InlineData("a: &l [1, {b: *l}]\n")]
    public void ToJsonNode_RecursiveTree_ThrowsLikePythonJson(string yaml)
    {
        var error = Assert.Throws<ArgumentException>(() => OpenApiJson.ToJsonNode(OpenApiYaml.Load(yaml)));

        Assert.StartsWith("Circular reference detected", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJsonNode_SharedButNotRecursive_WrittenTwice()
    {
        var tree = OpenApiYaml.Load("a: &x {k: 1}\nb: *x\n");

        Assert.Equal("{\"a\":{\"k\":1},\"b\":{\"k\":1}}", OpenApiJson.ToJsonNode(tree)!.ToJsonString());
    }

    [Fact]
    public void ToJsonNode_OtherScalarTypes_WrittenAsJsonValues()
    {
        var tree = new Dictionary<string, object?>
        {
            ["char"] = 'c',
            ["ulong"] = ulong.MaxValue,
            ["big"] = System.Numerics.BigInteger.Parse("123456789012345678901234567890", System.Globalization.CultureInfo.InvariantCulture),
            ["time"] = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Utc),
            ["offset"] = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(-1)),
            ["enum"] = DayOfWeek.Friday,
            ["list"] = new List<object?> { 1L, 2.5f },
            ["readOnly"] = new System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>(new Dictionary<string, object?> { ["k"] = "v" }),
        };

        Assert.Equal(
            "{\"char\":\"c\",\"ulong\":18446744073709551615,\"big\":123456789012345678901234567890,\"time\":\"2024-01-02T03:04:05.0000000Z\","
            + "\"offset\":\"2024-01-02T03:04:05.0000000-01:00\",\"enum\":\"Friday\",\"list\":[1,2.5],\"readOnly\":{\"k\":\"v\"}}",
            OpenApiJson.ToJsonNode(tree)!.ToJsonString());
    }

    [Fact]
    public void ToJsonNode_UnsupportedValue_ThrowsNamingIt()
    {
        var error = Assert.Throws<ArgumentException>(() => OpenApiJson.ToJsonNode(new Dictionary<string, object?> { ["x"] = new object() }));

        Assert.Contains("System.Object", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJsonNode_KeysOfOtherTypes_StringifiedLikePythonJson()
    {
        var tree = new Dictionary<object, object?> { [1e-7] = 1, [2.5f] = 2, [5L] = 3, [DayOfWeek.Monday] = 4 };

        Assert.Equal("{\"1e-07\":1,\"2.5\":2,\"5\":3,\"Monday\":4}", OpenApiJson.ToJsonNode(tree)!.ToJsonString());
    }
}

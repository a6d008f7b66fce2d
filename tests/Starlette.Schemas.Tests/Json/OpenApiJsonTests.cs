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
}

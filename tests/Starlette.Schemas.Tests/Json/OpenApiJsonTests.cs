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
}

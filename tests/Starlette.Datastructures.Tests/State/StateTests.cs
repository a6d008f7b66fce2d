namespace Starlette.Datastructures.Tests;

public class StateTests
{
    [Fact]
    public void State_SetGetRemove_WorksLikeABag()
    {
        var state = new State();

        state["a"] = 1;
        state.Set("b", "two");

        Assert.Equal(1, state["a"]);
        Assert.Equal("two", state.Get<string>("b"));
        Assert.True(state.TryGetValue("a", out var value));
        Assert.Equal(1, value);
        Assert.Equal(2, state.Count);
        Assert.Equal(["a", "b"], state.Keys);
        Assert.True(state.Remove("a"));
        Assert.False(state.Remove("a"));
        Assert.False(state.ContainsKey("a"));
        Assert.Equal([KeyValuePair.Create("b", (object?)"two")], state);
    }

    [Fact]
    public void Indexer_MissingKey_ThrowsUpstreamMessage()
    {
        var state = new State();

        Assert.Equal("'State' object has no attribute 'x'", Assert.Throws<KeyNotFoundException>(() => state["x"]).Message);
        Assert.Equal("'State' object has no attribute 'x'", Assert.Throws<KeyNotFoundException>(() => state.Get<int>("x")).Message);
    }

    [Fact]
    public void Get_WrongType_ThrowsInvalidCastException()
    {
        var state = new State { ["n"] = 1, ["none"] = null };

        Assert.Throws<InvalidCastException>(() => state.Get<string>("n"));
        Assert.Throws<InvalidCastException>(() => state.Get<int>("none"));
        Assert.Null(state.Get<string>("none"));
        Assert.Null(state.Get<int?>("none"));
    }

    [Fact]
    public void Constructor_Dictionary_IsWrappedNotCopied()
    {
        var dictionary = new Dictionary<string, object?> { ["db"] = "pool" };
        var state = new State(dictionary);

        state["user"] = "alice";

        Assert.Equal("alice", dictionary["user"]);
        Assert.Equal("pool", state["db"]);
    }
}

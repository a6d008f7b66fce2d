namespace Starlette.Datastructures.Tests;

public class MultiDictTests
{
    private static KeyValuePair<string, string> P(string key, string value) => new(key, value);

    private static MultiDict<string, string> Make(params KeyValuePair<string, string>[] pairs) => new(pairs);

    [Fact]
    public void MultiDict_ReadAndChange_FollowUpstream() // upstream test_multidict
    {
        var q = Make(P("a", "123"), P("a", "456"), P("b", "789"));
        Assert.True(q.ContainsKey("a"));
        Assert.False(q.ContainsKey("A"));
        Assert.False(q.ContainsKey("c"));
        Assert.Equal("456", q["a"]);
        Assert.Equal("456", q.Get("a"));
        Assert.Null(q.Get("nope"));
        Assert.Equal(["123", "456"], q.GetList("a"));
        Assert.Equal(["a", "b"], q.Keys);
        Assert.Equal(["456", "789"], q.Values);
        Assert.Equal([P("a", "456"), P("b", "789")], q);
        Assert.Equal(2, q.Count);
        Assert.Equal(new Dictionary<string, string> { ["a"] = "456", ["b"] = "789" }, q.ToDictionary());
        Assert.Equal("MultiDict([('a', '123'), ('a', '456'), ('b', '789')])", q.ToString());
        Assert.Equal("MultiDict([('a', '123'), ('a', '456'), ('b', '789')])", q.ToDisplayString());
        Assert.True(new MultiDict<string, string>(new Dictionary<string, string> { ["a"] = "123", ["b"] = "456" }).Equals(Make(P("a", "123"), P("b", "456"))));
        Assert.True(new MultiDict<string, string>(new Dictionary<string, string> { ["a"] = "123", ["b"] = "456" }).Equals(new MultiDict<string, string>(new Dictionary<string, string> { ["b"] = "456", ["a"] = "123" })));
        Assert.True(new MultiDict<string, string>().Equals(new MultiDict<string, string>(new Dictionary<string, string>())));
        Assert.False(Make(P("a", "123"), P("b", "456")).Equals("invalid"));

        q = Make(P("a", "123"), P("a", "456"));
        Assert.True(q.Equals(new MultiDict<string, string>(q)));

        q = Make(P("a", "123"), P("a", "456"));
        q["a"] = "789";
        Assert.Equal("789", q["a"]);
        Assert.Equal("789", q.Get("a"));
        Assert.Equal(["789"], q.GetList("a"));

        q = Make(P("a", "123"), P("a", "456"));
        Assert.True(q.Remove("a"));
        Assert.Null(q.Get("a"));
        Assert.Equal("MultiDict([])", q.ToString());

        q = Make(P("a", "123"), P("a", "456"), P("b", "789"));
        Assert.Equal("456", q.Pop("a"));
        Assert.Null(q.Get("a"));
        Assert.Equal("MultiDict([('b', '789')])", q.ToString());

        q = Make(P("a", "123"), P("a", "456"), P("b", "789"));
        var item = q.PopItem();
        Assert.Null(q.Get(item.Key));

        q = Make(P("a", "123"), P("a", "456"), P("b", "789"));
        Assert.Equal(["123", "456"], q.PopList("a"));
        Assert.Null(q.Get("a"));
        Assert.Equal("MultiDict([('b', '789')])", q.ToString());

        q = Make(P("a", "123"), P("a", "456"), P("b", "789"));
        q.Clear();
        Assert.Null(q.Get("a"));
        Assert.Equal("MultiDict([])", q.ToString());

        q = Make(P("a", "123"));
        q.SetList("a", ["456", "789"]);
        Assert.Equal(["456", "789"], q.GetList("a"));
        q.SetList("b", []);
        Assert.False(q.ContainsKey("b"));

        q = Make(P("a", "123"));
        Assert.Equal("123", q.SetDefault("a", "456"));
        Assert.Equal(["123"], q.GetList("a"));
        Assert.Equal("456", q.SetDefault("b", "456"));
        Assert.Equal(["456"], q.GetList("b"));
        Assert.Equal("MultiDict([('a', '123'), ('b', '456')])", q.ToString());

        q = Make(P("a", "123"));
        q.Append("a", "456");
        Assert.Equal(["123", "456"], q.GetList("a"));
        Assert.Equal("MultiDict([('a', '123'), ('a', '456')])", q.ToString());

        q = Make(P("a", "123"), P("b", "456"));
        q.Update(new Dictionary<string, string> { ["a"] = "789" });
        Assert.Equal(["789"], q.GetList("a"));
        Assert.True(Make(P("a", "789"), P("b", "456")).Equals(q));

        q = Make(P("a", "123"), P("b", "456"));
        q.Update(q);
        Assert.Equal("MultiDict([('a', '123'), ('b', '456')])", q.ToString());

        q = Make(P("a", "123"), P("a", "456"));
        q.Update([P("a", "123")]);
        Assert.Equal(["123"], q.GetList("a"));
        q.Update([P("a", "456"), P("a", "789"), P("b", "123")]); // upstream: update([("a", "456")], a="789", b="123")
        Assert.True(Make(P("a", "456"), P("a", "789"), P("b", "123")).Equals(q));
    }

    [Fact]
    public void Setter_ExistingKey_KeepsKeyOrderButMovesPairsToTheEnd()
    {
        var q = Make(P("a", "1"), P("b", "2"));

        q["a"] = "3";

        Assert.Equal(["a", "b"], q.Keys);
        Assert.Equal([P("b", "2"), P("a", "3")], q.MultiItems());
    }

    [Fact]
    public void PopItem_TakesTheMostRecentlyAddedKey()
    {
        var q = Make(P("a", "1"), P("b", "2"), P("a", "3"));

        Assert.Equal(P("b", "2"), q.PopItem());
        Assert.Equal(P("a", "3"), q.PopItem());
        Assert.Throws<InvalidOperationException>(() => q.PopItem());
    }

    [Fact]
    public void RemoveAndReadd_MovesTheKeyToTheEnd()
    {
        var q = Make(P("a", "1"), P("b", "2"));

        q.Remove("a");
        q.Append("a", "4");

        Assert.Equal(["b", "a"], q.Keys);
        Assert.False(q.Remove("missing"));
        Assert.Equal("default", q.Pop("missing", "default"));
        Assert.Empty(q.PopList("missing"));
    }

    [Fact]
    public void Equality_IgnoresOrderButCountsDuplicatesAndType()
    {
        var a = Make(P("x", "1"), P("x", "1"), P("y", "2"));

        Assert.True(a.Equals(Make(P("y", "2"), P("x", "1"), P("x", "1"))));
        Assert.Equal(a.GetHashCode(), Make(P("y", "2"), P("x", "1"), P("x", "1")).GetHashCode());
        Assert.False(a.Equals(Make(P("x", "1"), P("y", "2"), P("y", "2"))));
        Assert.False(a.Equals(new ImmutableMultiDict<string, string>(a)));
    }

    [Fact]
    public void ImmutableMultiDict_ManyPairs_LooksUpThroughTheDictionary()
    {
        var pairs = Enumerable.Range(0, 50).Select(i => P($"k{i % 20}", i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToArray();
        var d = new ImmutableMultiDict<string, string>(pairs);

        Assert.Equal(20, d.Count);
        Assert.Equal("45", d["k5"]);
        Assert.Equal(["5", "25", "45"], d.GetList("k5"));
        Assert.Throws<KeyNotFoundException>(() => d["nope"]);
        Assert.Equal("ImmutableMultiDict([('a', 1)])", new ImmutableMultiDict<string, int>([new("a", 1)]).ToString());
    }

    [Fact]
    public void MultiItems_ReturnsACopy()
    {
        var q = Make(P("a", "1"));
        var items = q.MultiItems();

        q.Append("a", "2");

        Assert.Single(items);
        Assert.Equal(2, q.MultiItems().Count);
    }
}

namespace Starlette.Types.Tests.Contract;

public class ScopeItemsTests
{
    [Fact]
    public void Indexer_SetGetReplace_KeepsInsertionOrder()
    {
        var items = new ScopeItems { ["app"] = 1, ["router"] = 2 };
        items["app"] = 3;
        for (var i = 0; i < 10; i++) items[$"key{i}"] = i; // grows past the initial capacity

        Assert.Equal(3, items["app"]);
        Assert.Equal(12, items.Count);
        Assert.Equal(["app", "router", "key0", "key1"], items.Keys.Take(4));
        Assert.Equal(9, items["key9"]);
    }

    [Fact]
    public void Lookup_EqualStringsThatAreNotTheSameInstance_Found()
    {
        var items = new ScopeItems { ["endpoint"] = "e" };
        var key = new string("endpoint".AsSpan());

        Assert.True(items.TryGetValue(key, out var value));
        Assert.Equal("e", value);
        Assert.False(items.ContainsKey("Endpoint")); // ordinal
    }

    [Fact]
    public void Missing_IndexerThrowsAndTryGetValueReturnsFalse()
    {
        var items = new ScopeItems();

        var error = Assert.Throws<KeyNotFoundException>(() => items["user"]);
        Assert.Contains("'user'", error.Message);
        Assert.False(items.TryGetValue("user", out var value));
        Assert.Null(value);
    }

    [Fact]
    public void AddRemoveClear_BehaveLikeADictionary()
    {
        var items = new ScopeItems { { "a", 1 }, { "b", 2 }, { "c", 3 } };

        Assert.Throws<ArgumentException>(() => items.Add("b", 4));
        Assert.True(items.Remove("b"));
        Assert.False(items.Remove("b"));
        Assert.Equal(["a", "c"], items.Keys);
        Assert.Equal([1, 3], items.Values);
        ICollection<KeyValuePair<string, object?>> collection = items;
        Assert.Contains(new KeyValuePair<string, object?>("c", 3), collection);
        var copy = new KeyValuePair<string, object?>[3];
        collection.CopyTo(copy, 1);
        Assert.Equal("a", copy[1].Key);
        items.Clear();
        Assert.Empty(items);
        Assert.Throws<ArgumentNullException>(() => items[null!] = 1);
    }

    [Fact]
    public void Copy_IsIndependent()
    {
        var items = new ScopeItems { ["a"] = 1 };
        var copy = new ScopeItems(items);
        copy["b"] = 2;

        Assert.Single(items);
        Assert.Equal(2, copy.Count);
    }
}

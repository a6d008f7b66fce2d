using Starlette.Types;

namespace Starlette.Datastructures.Tests;

public class HeadersTests
{
    private static Headers Sample() => new(new HttpHeader[] { new("a", "123"), new("a", "456"), new("b", "789") });

    [Fact]
    public void Headers_Raw_IsCaseInsensitiveMultiDict() // upstream test_headers
    {
        var h = Sample();

        Assert.True(h.ContainsKey("a"));
        Assert.True(h.ContainsKey("A"));
        Assert.True(h.ContainsKey("B"));
        Assert.False(h.ContainsKey("c"));
        Assert.Equal("123", h["a"]);
        Assert.Equal("123", h.Get("a"));
        Assert.Null(h.Get("nope"));
        Assert.Equal(["123", "456"], h.GetList("a"));
        Assert.Equal(["a", "a", "b"], h.Keys);
        Assert.Equal(["123", "456", "789"], h.Values);
        Assert.Equal([KeyValuePair.Create("a", "123"), KeyValuePair.Create("a", "456"), KeyValuePair.Create("b", "789")], h);
        Assert.Equal("Headers(raw=[('a', '123'), ('a', '456'), ('b', '789')])", h.ToString());
        Assert.Equal(h, new Headers(new HttpHeader[] { new("a", "123"), new("b", "789"), new("a", "456") }));
        Assert.Throws<KeyNotFoundException>(() => h["c"]);
    }

    [Fact]
    public void Headers_FromDictionary_LowercasesNames()
    {
        var h = new Headers(new Dictionary<string, string> { ["a"] = "123", ["B"] = "789" });

        Assert.Equal("123", h["A"]);
        Assert.Equal("789", h["b"]);
        Assert.Equal([new HttpHeader("a", "123"), new HttpHeader("b", "789")], h.Raw);
        Assert.Equal("Headers({'a': '123', 'b': '789'})", h.ToString());
    }

    [Fact]
    public void Headers_FromScope_ViewsTheScopeListWithoutCopying()
    {
        var raw = new HttpHeader[] { new("host", "example.org") };
        var scope = new Scope(ScopeType.Http) { Headers = raw };

        Assert.Same(raw, new Headers(scope).Raw);
    }

    [Fact]
    public void MutableHeaders_SetSetDefaultRemove() // upstream test_mutable_headers
    {
        var h = new MutableHeaders();
        Assert.Empty(h);
        h["a"] = "1";
        Assert.Equal("1", h["a"]);
        h["a"] = "2";
        Assert.Equal(["2"], h.GetList("a"));
        Assert.Equal("2", h.SetDefault("a", "3"));
        Assert.Equal("4", h.SetDefault("b", "4"));
        Assert.Equal([new HttpHeader("a", "2"), new HttpHeader("b", "4")], h.Raw);
        Assert.True(h.Remove("a"));
        Assert.Equal([new HttpHeader("b", "4")], h.Raw);
    }

    [Fact]
    public void MutableHeaders_Set_ReplacesFirstAndDropsDuplicates()
    {
        var h = new MutableHeaders(new List<HttpHeader> { new("x", "1"), new("y", "2"), new("x", "3") });

        h["X"] = "new";

        Assert.Equal([new HttpHeader("x", "new"), new HttpHeader("y", "2")], h.Raw);
    }

    [Fact]
    public void MutableHeaders_MergeWithHeaders_ReturnsNewMutableHeaders() // upstream test_mutable_headers_merge
    {
        var original = new MutableHeaders();
        var h = original | new MutableHeaders(new Dictionary<string, string> { ["a"] = "1" });

        Assert.IsType<MutableHeaders>(h);
        Assert.Equal([new HttpHeader("a", "1")], h.Raw);
        Assert.Empty(original);
    }

    [Fact]
    public void MutableHeaders_MergeWithDictionary_ReturnsNewMutableHeaders() // upstream test_mutable_headers_merge_dict
    {
        var h = new MutableHeaders() | new Dictionary<string, string> { ["a"] = "1" };

        Assert.Equal([KeyValuePair.Create("a", "1")], h);
    }

    [Fact]
    public void MutableHeaders_UpdateWithHeaders_ChangesInPlace() // upstream test_mutable_headers_update
    {
        var h = new MutableHeaders();
        var raw = h.Raw;

        h.Update(new MutableHeaders(new Dictionary<string, string> { ["a"] = "1" }));

        Assert.Same(raw, h.Raw);
        Assert.Equal([new HttpHeader("a", "1")], h.Raw);
    }

    [Fact]
    public void MutableHeaders_CompoundOrWithDictionary_MergesPairs() // upstream test_mutable_headers_update_dict
    {
        var h = new MutableHeaders();
        h |= new Dictionary<string, string> { ["a"] = "1" };

        Assert.Equal([new HttpHeader("a", "1")], h.Raw);
    }

    [Fact]
    public void MutableCopy_Changes_DoNotReachOriginal() // upstream test_headers_mutablecopy
    {
        var h = Sample();
        var c = h.MutableCopy();

        Assert.Equal(h.Raw, c.Raw);
        c["a"] = "abc";

        Assert.Equal([new HttpHeader("a", "abc"), new HttpHeader("b", "789")], c.Raw);
        Assert.Equal(3, h.Count);
    }

    [Fact]
    public void MutableHeaders_FromScope_WritesTheScopesOwnList() // upstream test_mutable_headers_from_scope
    {
        var scope = new Scope(ScopeType.Http) { Headers = new HttpHeader[] { new("a", "1") } };

        var h = new MutableHeaders(scope);
        h.Update(new Dictionary<string, string> { ["b"] = "2" });

        Assert.Equal([new HttpHeader("a", "1"), new HttpHeader("b", "2")], h.Raw);
        Assert.Same(scope.Headers, h.Raw);
    }

    [Fact]
    public void AddVaryHeader_Existing_JoinsWithComma()
    {
        var h = new MutableHeaders(new Dictionary<string, string> { ["vary"] = "Accept-Encoding" });

        h.AddVaryHeader("Origin");

        Assert.Equal("Accept-Encoding, Origin", h["vary"]);
    }
}

using Starlette.Types;

namespace Starlette.Datastructures.Tests;

public class QueryParamsTests
{
    private static KeyValuePair<string, string> P(string key, string value) => new(key, value);

    [Fact]
    public void QueryParams_NamesWithoutValues_HaveEmptyValues() // upstream test_url_blank_params
    {
        var q = new QueryParams("a=123&abc&def&b=456");

        Assert.True(q.ContainsKey("a"));
        Assert.True(q.ContainsKey("abc"));
        Assert.True(q.ContainsKey("def"));
        Assert.True(q.ContainsKey("b"));
        var value = q.Get("abc");
        Assert.NotNull(value);
        Assert.Empty(value);
        Assert.Equal(3, q["a"].Length);
        Assert.Equal(["a", "abc", "def", "b"], q.Keys);
    }

    [Fact]
    public void QueryParams_ParsedString_IsAMultiDictThatReencodes() // upstream test_queryparams
    {
        var q = new QueryParams("a=123&a=456&b=789");
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
        Assert.Equal("a=123&a=456&b=789", q.ToString());
        Assert.Equal("QueryParams('a=123&a=456&b=789')", q.ToDisplayString());
        Assert.True(new QueryParams(new Dictionary<string, string> { ["a"] = "123", ["b"] = "456" }).Equals(new QueryParams([P("a", "123"), P("b", "456")])));
        Assert.True(new QueryParams(new Dictionary<string, string> { ["a"] = "123", ["b"] = "456" }).Equals(new QueryParams("a=123&b=456")));
        Assert.True(new QueryParams(new Dictionary<string, string> { ["a"] = "123", ["b"] = "456" }).Equals(new QueryParams(new Dictionary<string, string> { ["b"] = "456", ["a"] = "123" })));
        Assert.True(new QueryParams().Equals(new QueryParams(new Dictionary<string, string>())));
        Assert.True(new QueryParams([P("a", "123"), P("a", "456")]).Equals(new QueryParams("a=123&a=456")));
        Assert.False(new QueryParams(new Dictionary<string, string> { ["a"] = "123", ["b"] = "456" }).Equals("invalid"));

        q = new QueryParams([P("a", "123"), P("a", "456")]);
        Assert.True(q.Equals(new QueryParams(q)));
    }

    [Theory]
    [InlineData("a=1&&b=2", new[] { "a", "1", "b", "2" })]
    [InlineData("=x", new[] { "", "x" })]
    [InlineData("a", new[] { "a", "" })]
    [InlineData("&", new string[0])]
    [InlineData("", new string[0])]
    [InlineData("a=%zz&b=%4", new[] { "a", "%zz", "b", "%4" })]
    [InlineData("na%20me=v+a+l", new[] { "na me", "v a l" })]
    [InlineData("a=%E2%82%AC", new[] { "a", "\u20ac" })]
    [InlineData("a=%e2%82%ac", new[] { "a", "\u20ac" })]
    [InlineData("a=%C3", new[] { "a", "\ufffd" })]
    [InlineData("a=%E2%82+%F0%80%80x", new[] { "a", "\ufffd \ufffd\ufffd\ufffdx" })]
    [InlineData("a=%2B+", new[] { "a", "+ " })]
    [InlineData("x=\u00e9%C3%A9", new[] { "x", "\u00e9\u00e9" })]
    [InlineData("x=%C3\u00e9%A9", new[] { "x", "\ufffd\u00e9\ufffd" })]
    [InlineData("a=1=2", new[] { "a", "1=2" })]
    [InlineData("a=%F0%9F%98%80", new[] { "a", "\U0001F600" })]
    [InlineData("a;b=1", new[] { "a;b", "1" })]
    public void Constructor_QueryString_ParsesLikeParseQsl(string query, string[] flat)
    {
        var expected = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < flat.Length; i += 2) expected.Add(P(flat[i], flat[i + 1]));

        Assert.Equal(expected, new QueryParams(query).MultiItems());
    }

    [Fact]
    public void Constructor_LongEscapedQuery_DecodesBeyondTheStackBuffer()
    {
        var value = string.Concat(Enumerable.Repeat("%C3%A9", 200));

        Assert.Equal(new string('\u00e9', 200), new QueryParams("v=" + value)["v"]);
    }

    [Fact]
    public void ToString_EncodesLikeUrlencode() =>
        Assert.Equal(
            "a+b=c%26d%3D%C3%A9~%2A&=&x=%2B%25&e=%F0%9F%98%80",
            new QueryParams([P("a b", "c&d=\u00e9~*"), P("", ""), P("x", "+%"), P("e", "\U0001F600")]).ToString());

    [Fact]
    public void Constructor_Scope_ParsesItsQueryString() =>
        Assert.Equal("b c", new QueryParams(new Scope(ScopeType.Http) { QueryString = "a=b+c" })["a"]);

    [Fact]
    public void Constructor_NullValue_ThrowsArgumentException() =>
        Assert.Throws<ArgumentException>(() => new QueryParams([P("a", null!)]));

    [Fact]
    public void Indexer_MissingKey_ThrowsKeyNotFoundException() =>
        Assert.Throws<KeyNotFoundException>(() => new QueryParams("a=1")["b"]);
}

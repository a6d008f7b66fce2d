namespace Starlette.Datastructures.Tests;

public class CookieParserTests
{
    public static TheoryData<string, Dictionary<string, string>> EdgeCases => new()
    {
        { "chips=ahoy; vienna=finger", new() { ["chips"] = "ahoy", ["vienna"] = "finger" } },
        // all semicolons are delimiters, even within quotes
        {
            "keebler=\"E=mc2; L=\\\"Loves\\\"; fudge=\\012;\"",
            new() { ["keebler"] = "\"E=mc2", ["L"] = "\\\"Loves\\\"", ["fudge"] = "\\012", [""] = "\"" }
        },
        // an '=' in an unquoted value
        { "keebler=E=mc2", new() { ["keebler"] = "E=mc2" } },
        // ':' in names
        { "key:term=value:term", new() { ["key:term"] = "value:term" } },
        // '[' and ']'
        { "a=b; c=[; d=r; f=h", new() { ["a"] = "b", ["c"] = "[", ["d"] = "r", ["f"] = "h" } },
        // what RFC 6265 allows
        { "a=b; Domain=example.com", new() { ["a"] = "b", ["Domain"] = "example.com" } },
        // the last cookie of a name wins
        { "a=b; h=i; a=c", new() { ["a"] = "c", ["h"] = "i" } },
    };

    public static TheoryData<string, Dictionary<string, string>> InvalidCases => new()
    {
        // chunks without '=' are unnamed values
        { "abc=def; unnamed; django_language=en", new() { [""] = "unnamed", ["abc"] = "def", ["django_language"] = "en" } },
        // even a lone double quote
        { "a=b; \"; c=d", new() { ["a"] = "b", [""] = "\"", ["c"] = "d" } },
        // spaces in names and values, '=' in values
        { "a b c=d e = f; gh=i", new() { ["a b c"] = "d e = f", ["gh"] = "i" } },
        // more characters the spec forbids
        { "a   b,c<>@:/[]?{}=d  \"  =e,f g", new() { ["a   b,c<>@:/[]?{}"] = "d  \"  =e,f g" } },
        // whitespace as document.cookie parses it
        { "  =  b  ;  ;  =  ;   c  =  ;  ", new() { [""] = "b", ["c"] = "" } },
    };

    [Theory]
    [MemberData(nameof(EdgeCases))]
    public void Parse_TornadoEdgeCases_MatchUpstream(string header, Dictionary<string, string> expected) => // upstream test_cookies_edge_cases
        Assert.Equal(expected, CookieParser.Parse(header));

    [Theory]
    [MemberData(nameof(InvalidCases))]
    public void Parse_CookiesAgainstTheSpec_AreReadAsBrowsersSendThem(string header, Dictionary<string, string> expected) => // upstream test_cookies_invalid
        Assert.Equal(expected, CookieParser.Parse(header));

    [Theory]
    [InlineData("a=\"b\"", "b")]
    [InlineData("a=\"\\\"x\\\"\"", "\"x\"")]
    [InlineData("a=\"\\101\\1010\"", "AA0")]
    [InlineData("a=\"\\\\012\"", "\\012")]
    [InlineData("a=\"x\\\"", "x\\")]
    [InlineData("a=\"\\400\"", "400")]
    [InlineData("a=\"\"", "")]
    [InlineData("a=\"", "\"")]
    [InlineData("a=\"b", "\"b")]
    public void Parse_QuotedValue_UnquotesLikeHttpCookies(string header, string value) =>
        Assert.Equal(value, CookieParser.Parse(header)["a"]);

    [Fact]
    public void Parse_Empty_ReturnsNoCookies()
    {
        Assert.Empty(CookieParser.Parse(""));
        Assert.Empty(CookieParser.Parse(" ; ;"));
    }
}

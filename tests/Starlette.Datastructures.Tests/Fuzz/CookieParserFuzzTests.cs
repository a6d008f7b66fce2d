using CsCheck;
using Starlette.Testing.Support;

namespace Starlette.Datastructures.Tests.Fuzz;

/// <summary>Randomized <c>Cookie</c> headers: <see cref="CookieParser"/> never throws, stays linear, and reads
/// back plain <c>name=value</c> pairs (the writer side, <c>Response.SetCookie</c>, is checked in Starlette.Responses.Tests).</summary>
public sealed class CookieParserFuzzTests
{
    private static readonly Gen<string> Token = Gen.Char["abcXYZ019!#$%&'*+-.^_`|~"].Array[1, 12].Select(chars => new string(chars));

    [Fact]
    public void Parse_RandomHeader_NeverThrows()
    {
        FuzzCheck.Run(FuzzGen.Text(200), header =>
        {
            var cookies = CookieParser.Parse(header);
            Assert.True(cookies.Count <= header.Count(c => c == ';') + 1);
        }, fast: 5000, size: header => header.Length * 2, print: Show.Text);
    }

    [Fact]
    public void Parse_TokenPairs_GivesTheLastValueOfEachName()
    {
        var pairs = Gen.Select(Token, Token.Array[0, 1].Select(value => value.FirstOrDefault() ?? ""), KeyValuePair.Create).Array[1, 10];
        FuzzCheck.Run(Gen.Select(pairs, Gen.OneOf(";", "; ", " ;  ")), input =>
        {
            var (cookies, separator) = input;
            var parsed = CookieParser.Parse(string.Join(separator, cookies.Select(pair => $"{pair.Key}={pair.Value}")));

            var expected = cookies.GroupBy(pair => pair.Key).ToDictionary(group => group.Key, group => group.Last().Value);
            Assert.Equal(expected.OrderBy(pair => pair.Key, StringComparer.Ordinal), parsed.OrderBy(pair => pair.Key, StringComparer.Ordinal));
        }, fast: 5000, size: input => input.Item1.Sum(pair => pair.Key.Length + pair.Value.Length + 4) * 2, print: input => $"{input}");
    }
}

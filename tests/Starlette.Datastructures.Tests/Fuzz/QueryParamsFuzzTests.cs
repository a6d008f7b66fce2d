using CsCheck;
using Starlette.Testing.Support;

namespace Starlette.Datastructures.Tests.Fuzz;

/// <summary>Randomized inputs for <see cref="QueryParams"/>: parsing never throws, and encode then parse gives the
/// pairs back.</summary>
public sealed class QueryParamsFuzzTests
{
    private static readonly Gen<KeyValuePair<string, string>[]> Pairs =
        Gen.Select(FuzzGen.ValidText(16), FuzzGen.ValidText(40), KeyValuePair.Create).Array[0, 12];

    [Fact]
    public void Constructor_EncodedPairs_GivesThemBack()
    {
        FuzzCheck.Run(Pairs, pairs =>
        {
            var encoded = new QueryParams(pairs).ToString();
            var parsed = new QueryParams(encoded).MultiItems();


            Assert.Equal(pairs, parsed);
        }, fast: 5000, size: pairs => pairs.Sum(pair => pair.Key.Length + pair.Value.Length) * 9, print: pairs => Show.Text(new QueryParams(pairs).ToString()));
    }

    [Fact]
    public void Constructor_RandomText_ParsesAndReencodesStably()
    {
        FuzzCheck.Run(FuzzGen.Text(120), text =>
        {
            var once = new QueryParams(text);
            var twice = new QueryParams(once.ToString());

            if (!text.Any(char.IsSurrogate)) Assert.True(once.Equals(twice), $"{once.ToDisplayString()} != {twice.ToDisplayString()}");
            Assert.Equal(once.MultiItems().Count, twice.MultiItems().Count);
        }, fast: 5000, size: text => text.Length * 2, print: Show.Text);
    }
}

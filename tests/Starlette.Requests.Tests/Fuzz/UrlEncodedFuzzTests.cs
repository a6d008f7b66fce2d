using System.Text;
using CsCheck;
using Starlette.Datastructures;
using Starlette.Testing.Support;

namespace Starlette.Requests.Tests.Fuzz;

/// <summary>Randomized inputs for <see cref="FormParser"/>: encoded pairs parse back; any body parses or fails
/// with <see cref="MultiPartException"/> (a limit) only, in bounded time and memory.</summary>
public sealed class UrlEncodedFuzzTests
{
    private static readonly Headers FormHeaders = new(new Dictionary<string, string> { ["content-type"] = "application/x-www-form-urlencoded" });

    private static readonly Gen<KeyValuePair<string, string>[]> Pairs =
        Gen.Select(FuzzGen.ValidText(16).Where(name => name.Length > 0), FuzzGen.ValidText(40), KeyValuePair.Create).Array[0, 12];

    [Fact]
    public void ParseAsync_EncodedPairs_GivesThemBack()
    {
        FuzzCheck.RunAsync(Gen.Select(Pairs, Gen.Int[1, 64]), async input =>
        {
            var (pairs, chunk) = input;
            var body = new FuzzBody(Encoding.ASCII.GetBytes(new QueryParams(pairs).ToString()), chunk);
            await using var form = await FormParser.ParseAsync(FormHeaders, body.Chunks());

            Assert.Equal(pairs.Select(pair => (pair.Key, (string?)pair.Value)), form.MultiItems().Select(item => (item.Key, item.Value.Text)));
        }, fast: 3000, size: input => input.Item1.Sum(pair => pair.Key.Length + pair.Value.Length) * 9, print: input => Show.Text(new QueryParams(input.Item1).ToString()));
    }

    [Fact]
    public void ParseAsync_RandomBody_ParsesOrThrowsMultiPartException()
    {
        var options = Gen.OneOf(FormParserOptions.Default, new FormParserOptions { MaxFields = 2, MaxPartSize = 8 });
        var bytes = Gen.Frequency((2, FuzzGen.Text(120).Select(Encoding.UTF8.GetBytes)), (1, FuzzGen.Bytes(120)));
        FuzzCheck.RunAsync(Gen.Select(FuzzBody.From(bytes), options), async input =>
        {
            var (body, limits) = input;
            try
            {
                await using var form = await FormParser.ParseAsync(FormHeaders, body.Chunks(), limits);
                Assert.True(form.Count <= limits.MaxFields || limits == FormParserOptions.Default);
            }
            catch (MultiPartException)
            {
            }
        }, fast: 3000, size: input => input.Item1.Bytes.Length, print: input => input.Item1.ToString());
    }
}

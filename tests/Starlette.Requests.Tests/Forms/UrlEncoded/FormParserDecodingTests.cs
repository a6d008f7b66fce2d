using Starlette.Datastructures;
using static Starlette.Requests.Tests.FormApps;

namespace Starlette.Requests.Tests;

/// <summary>Urlencoded decoding and splitting as upstream (python-multipart's querystring parser, then
/// <c>unquote_plus</c> over Latin-1).</summary>
public class FormParserDecodingTests
{
    private static readonly Headers UrlEncoded = ContentType("application/x-www-form-urlencoded");

    [Theory]
    [InlineData("a+b=c%20d%2Be", "a b", "c d+e")]
    [InlineData("name=%C3%A9t%C3%A9", "name", "été")]
    [InlineData("name=%c3%a9", "name", "é")]
    [InlineData("a=%zz%4", "a", "%zz%4")]
    [InlineData("a=%", "a", "%")]
    [InlineData("a=%%41", "a", "%A")]
    [InlineData("a=%FF", "a", "\uFFFD")]
    [InlineData("a=%E2%82", "a", "\uFFFD")]
    [InlineData("a=1;b=2", "a", "1;b=2")]
    [InlineData("=x", "", "x")]
    [InlineData("a==b", "a", "=b")]
    [InlineData("k", "k", "")]
    public async Task ParseAsync_Field_DecodesAsUpstream(string body, string name, string value)
    {
        await using var form = await FormParser.ParseAsync(UrlEncoded, Single(Latin1(body)));

        Assert.Equal([new(name, value)], form.MultiItems());
    }

    [Fact]
    public async Task ParseAsync_RawNonAsciiBytes_StayLatin1Characters()
    {
        // Upstream decodes the body as Latin-1 before unquoting, so unescaped UTF-8 is not decoded.
        var body = (byte[])[.. "a="u8, 0xc3, 0xa9, .. "%C3%A9"u8];

        await using var form = await FormParser.ParseAsync(UrlEncoded, Single(body));

        Assert.Equal("\u00c3\u00a9é", form["a"].Text);
    }

    [Fact]
    public async Task ParseAsync_EmptyFieldsAndBareNames_AsUpstream()
    {
        await using var form = await FormParser.ParseAsync(UrlEncoded, Single("&&a&b=&&c=1&a=2&&tail"u8.ToArray()));

        Assert.Equal([new("a", ""), new("b", ""), new("c", "1"), new("a", "2"), new("tail", "")], form.MultiItems());
        Assert.Equal("2", form["a"].Text);
    }

    [Fact]
    public async Task ParseAsync_OneByteChunksAndEverySplit_SameFormAsOneChunk()
    {
        var body = "first+name=J%C3%BCrgen&&email=j%40example.org&bare&q=a%2Bb+c&last="u8.ToArray();
        await using var expected = await FormParser.ParseAsync(UrlEncoded, Single(body));
        Assert.Equal(5, expected.MultiItems().Count);

        await using (var trickled = await FormParser.ParseAsync(UrlEncoded, Chunks(body, 1)))
            Assert.Equal(expected.MultiItems(), trickled.MultiItems());

        for (var cut = 0; cut <= body.Length; cut++)
        {
            await using var split = await FormParser.ParseAsync(UrlEncoded, Split(body, cut));
            Assert.Equal(expected.MultiItems(), split.MultiItems());
        }
    }

    [Fact]
    public async Task ParseAsync_FieldSize_CountsEncodedNameAndValueWithoutTheEqualsSign()
    {
        var options = new FormParserOptions { MaxPartSize = 4 };

        await using var atLimit = await FormParser.ParseAsync(UrlEncoded, Chunks("ab=cd&efgh"u8.ToArray(), 1), options);
        var over = await Assert.ThrowsAsync<MultiPartException>(() => FormParser.ParseAsync(UrlEncoded, Chunks("ab=cde"u8.ToArray(), 1), options).AsTask());

        Assert.Equal("cd", atLimit["ab"].Text);
        Assert.Equal("Field exceeded maximum size of 0KB.", over.Message);
    }

    [Fact]
    public async Task ParseAsync_Cancelled_Throws()
    {
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => FormParser.ParseAsync(UrlEncoded, Chunks("a=1"u8.ToArray(), 1), cancellationToken: cancellation.Token).AsTask());
    }
}

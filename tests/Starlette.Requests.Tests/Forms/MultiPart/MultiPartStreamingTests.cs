using System.Text.Json.Nodes;
using Starlette.Datastructures;
using Starlette.Testing;
using static Starlette.Requests.Tests.FormApps;
using static Starlette.Requests.Tests.Http;

namespace Starlette.Requests.Tests;

/// <summary>Chunking: the multipart parser must give the same form however the body is cut.</summary>
public class MultiPartStreamingTests
{
    private const string Expected =
        """
        {
          "file": {"filename": "file.txt", "size": 14, "content": "<file content>", "content_type": "text/plain"},
          "field0": "value0",
          "field1": "value1"
        }
        """;

    // Content that looks like the start of a delimiter, or a delimiter not followed by CRLF or "--".
    private const string Tricky = "--B\r\nx\r\n--Bx\r\n--B-x\r\n--B\rx\r\r\n--B\r\r\n-\r\n--\r\n-B\r\n--BB--\r\n--B\r";

    private static readonly byte[] TrickyBody = Utf8(
        "--B\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n" + Tricky + "\r\n" +
        "--B\r\nContent-Disposition: form-data; name=\"file\"; filename=\"t.bin\"\r\n\r\n" + Tricky + "\r\n" +
        "--B--\r\n");

    [Fact]
    public async Task ParseAsync_OneByteChunks_SameFormAsOneChunk()
    {
        await using var form = await MultiPartParser.ParseAsync(MultiPartParserTests.MixedHeaders, Chunks(MultiPartParserTests.MixedBody, 1));

        await AssertFormAsync(Expected, form);
    }

    [Fact]
    public async Task ParseAsync_EverySplitPoint_SameFormAsOneChunk()
    {
        var body = MultiPartParserTests.MixedBody;
        for (var cut = 0; cut <= body.Length; cut++)
        {
            await using var form = await MultiPartParser.ParseAsync(MultiPartParserTests.MixedHeaders, Split(body, cut));
            await AssertFormAsync(Expected, form, $"cut at {cut}");
        }
    }

    [Fact]
    public async Task ParseAsync_RandomThreeWaySplits_SameFormAsOneChunk()
    {
        var body = MultiPartParserTests.MixedBody;
        var random = new Random(1234);
        for (var round = 0; round < 300; round++)
        {
            var cuts = new[] { random.Next(body.Length + 1), random.Next(body.Length + 1) };
            Array.Sort(cuts);
            await using var form = await MultiPartParser.ParseAsync(MultiPartParserTests.MixedHeaders, Split(body, cuts));
            await AssertFormAsync(Expected, form, $"cuts at {cuts[0]}, {cuts[1]}");
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(4096)]
    public async Task ParseAsync_ContentLikeADelimiter_IsKeptAsContent(int chunkSize)
    {
        await using var form = await MultiPartParser.ParseAsync(ContentType("multipart/form-data; boundary=B"), Chunks(TrickyBody, chunkSize));

        Assert.Equal(Tricky, form["text"].Text);
        var file = form["file"].File!;
        Assert.Equal(Tricky.Length, file.Size);
        Assert.Equal(Utf8(Tricky), await file.ReadAsync());
    }

    [Fact]
    public async Task ParseAsync_ContentLikeADelimiterAtEverySplitPoint_IsKeptAsContent()
    {
        for (var cut = 0; cut <= TrickyBody.Length; cut++)
        {
            await using var form = await MultiPartParser.ParseAsync(ContentType("multipart/form-data; boundary=B"), Split(TrickyBody, cut));
            Assert.Equal(Tricky, form["text"].Text);
            Assert.Equal(Utf8(Tricky), await form["file"].File!.ReadAsync());
        }
    }

    [Fact]
    public async Task ParseAsync_OneByteRequestChunksThroughTheTestClient_SameForm()
    {
        using var client = new TestClient(App());
        var content = new StreamContent(new NonSeekableStream(MultiPartParserTests.MixedBody, readSize: 1));
        content.Headers.TryAddWithoutValidation("Content-Type", "multipart/form-data; boundary=a7f7ac8d4e2e437c877bb7b8d7cc549c");

        var response = await client.PostAsync("/", content);

        await AssertJsonAsync(Expected, response);
    }

    [Fact]
    public async Task ParseAsync_PreambleAndEpilogue_AreIgnored()
    {
        var body = Utf8("This is a preamble.\r\n--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--B--\r\nThis is an epilogue.\r\n--B\r\n");

        await using var form = await MultiPartParser.ParseAsync(ContentType("multipart/form-data; boundary=B"), Chunks(body, 3));

        Assert.Equal([new("a", "1")], form.MultiItems());
    }

    [Fact]
    public async Task ParseAsync_LeadingLineBreaksAndNoFinalLineBreak_AreAccepted()
    {
        var body = Utf8("\r\n\r\n--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--B--");

        await using var form = await MultiPartParser.ParseAsync(ContentType("multipart/form-data; boundary=B"), Single(body));

        Assert.Equal("1", form["a"].Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n")]
    [InlineData("--B--")]
    [InlineData("--B--\r\n")]
    public async Task ParseAsync_NoParts_ReturnsEmptyForm(string body)
    {
        await using var form = await MultiPartParser.ParseAsync(ContentType("multipart/form-data; boundary=B"), Single(Utf8(body)));

        Assert.Empty(form);
    }

    [Fact]
    public async Task ParseAsync_EmptyFilenameAndEmptyParts_GiveEmptyValues()
    {
        var body = Utf8(
            "--B\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\n\r\n" +
            "--B\r\nContent-Disposition: form-data; name=\"upload\"; filename=\"\"\r\nContent-Type: application/octet-stream\r\n\r\n\r\n" +
            "--B--\r\n");

        await using var form = await MultiPartParser.ParseAsync(ContentType("multipart/form-data; boundary=B"), Single(body));

        Assert.Equal("", form["text"].Text);
        var upload = form["upload"].File!;
        Assert.Equal("", upload.Filename);
        Assert.Equal(0, upload.Size);
        Assert.Equal("application/octet-stream", upload.ContentType);
    }

    [Fact]
    public async Task ParseAsync_QuotedBoundaryAndCaseInsensitiveHeaders_Accepted()
    {
        var body = Utf8("--a b:c\r\ncontent-DISPOSITION:form-data;name=x;filename=y.txt\r\nCONTENT-TYPE:  text/csv\r\nX-Extra: 1\r\n\r\nq\r\n--a b:c--\r\n");

        await using var form = await MultiPartParser.ParseAsync(ContentType("multipart/form-data; boundary=\"a b:c\""), Single(body));

        var file = form["x"].File!;
        Assert.Equal("y.txt", file.Filename);
        Assert.Equal("text/csv", file.ContentType);
        Assert.Equal("1", file.Headers["x-extra"]);
    }

    [Fact]
    public async Task ParseAsync_CharsetLatin1_DecodesNamesAndValues()
    {
        var body = MultiPartParserTests.Concat("--B\r\nContent-Disposition: form-data; name=\"caf", [0xe9], "\"\r\n\r\nna\u0000ve\r\n--B--\r\n");
        body[^12] = 0xef; // "na\u00efve"

        await using var form = await MultiPartParser.ParseAsync(ContentType("multipart/form-data; charset=ISO-8859-1; boundary=B"), Single(body));

        Assert.Equal("naïve", form["café"].Text);
    }

    [Fact]
    public async Task ParseAsync_FilesAreRewound_AndReadableAgain()
    {
        var options = new FormParserOptions { SpooledFileMaxMemory = 4 };
        var body = Utf8("--B\r\nContent-Disposition: form-data; name=\"f\"; filename=\"f\"\r\n\r\n0123456789\r\n--B--\r\n");

        await using var form = await MultiPartParser.ParseAsync(ContentType("multipart/form-data; boundary=B"), Chunks(body, 3), options);

        var file = form["f"].File!;
        Assert.Equal(0, file.File.Position);
        Assert.True(((SpooledTemporaryFileStream)file.File).IsRolledToDisk);
        Assert.Equal("0123456789"u8.ToArray(), await file.ReadAsync());
    }

    internal static async Task AssertFormAsync(string expected, FormData form, string? because = null)
    {
        var actual = await RenderAsync(form, FormOutput.Items);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"{because}: {actual.ToJsonString()}");
    }
}

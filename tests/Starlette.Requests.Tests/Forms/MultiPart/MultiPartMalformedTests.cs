using System.Text;
using Starlette.Datastructures;
using Starlette.Testing;
using static Starlette.Requests.Tests.FormApps;
using static Starlette.Requests.Tests.Http;

namespace Starlette.Requests.Tests;

/// <summary>Malformed bodies end in a <see cref="MultiPartException"/> (a 400 under an application), never in
/// another exception, and leave no temporary file behind.</summary>
public sealed class MultiPartMalformedTests : IDisposable
{
    private static readonly Headers BoundaryB = ContentType("multipart/form-data; boundary=B");

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("--B\r\nContent-Disposition form-data; name=\"a\"\r\n\r\n1\r\n--B--", "Found invalid character ' ' in a part header name.")]
    [InlineData("--B\r\nContent-Disposition\r\n\r\n1\r\n--B--", "Found a part header line without a colon.")]
    [InlineData("--B\r\n: form-data\r\n\r\n1\r\n--B--", "Found a part header with an empty name.")]
    [InlineData("--B\r\nContent\u00e9: x\r\n\r\n1\r\n--B--", "Found invalid character 0xC3 in a part header name.")]
    [InlineData("--B\r\nContent-Disposition: form-data; name=\"a\"\rX\r\n1\r\n--B--", "Did not find LF at the end of a part header line.")]
    [InlineData("--B\r\n X: y\r\n\r\n1\r\n--B--", "Found invalid character ' ' in a part header name.")]
    [InlineData("--B\r\nContent-Type: text/plain\r\n\r\n1\r\n--B--", "The Content-Disposition header field \"name\" must be provided.")]
    [InlineData("--B\r\n\r\n1\r\n--B--", "The Content-Disposition header field \"name\" must be provided.")]
    [InlineData("hello", "Did not find the multipart boundary in the body.")]
    [InlineData("--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1\r\n--B", "The multipart body ended before its closing boundary.")]
    [InlineData("--B\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n1", "The multipart body ended before its closing boundary.")]
    [InlineData("--B\r\nContent-Disposition: form-data; name=\"a\"", "The multipart body ended before its closing boundary.")]
    [InlineData("--B\r\n", "The multipart body ended before its closing boundary.")]
    [InlineData("--B", "The multipart body ended before its closing boundary.")]
    [InlineData("--B-", "The multipart body ended before its closing boundary.")]
    [InlineData("--Bx\r\n", "Did not find the multipart boundary in the body.")]
    public async Task ParseAsync_MalformedBody_RaisesMultiPartException(string body, string message)
    {
        var exception = await Assert.ThrowsAsync<MultiPartException>(() => MultiPartParser.ParseAsync(BoundaryB, Single(Encoding.UTF8.GetBytes(body))).AsTask());

        Assert.Equal(message, exception.Message);
    }

    [Fact]
    public async Task ParseAsync_NinthHeaderInAPart_RaisesMultiPartException()
    {
        var headers = string.Concat(Enumerable.Range(0, 8).Select(i => $"X-{i}: {i}\r\n"));
        var body = "--B\r\nContent-Disposition: form-data; name=\"a\"\r\n" + headers + "\r\n1\r\n--B--\r\n";

        var exception = await Assert.ThrowsAsync<MultiPartException>(() => MultiPartParser.ParseAsync(BoundaryB, Single(Utf8(body))).AsTask());

        Assert.Equal("Maximum header count exceeded.", exception.Message);
    }

    [Fact]
    public async Task ParseAsync_EightHeadersInAPart_AreAccepted()
    {
        var headers = string.Concat(Enumerable.Range(0, 7).Select(i => $"X-{i}: {i}\r\n"));
        var body = "--B\r\nContent-Disposition: form-data; name=\"a\"; filename=\"a\"\r\n" + headers + "\r\n1\r\n--B--\r\n";

        await using var form = await MultiPartParser.ParseAsync(BoundaryB, Single(Utf8(body)));

        Assert.Equal(8, form["a"].File!.Headers.Count);
    }

    [Fact]
    public async Task ParseAsync_HeaderLineOverLimit_RaisesMultiPartException()
    {
        var body = "--B\r\nContent-Disposition: form-data; name=\"" + new string('a', 5000) + "\"\r\n\r\n1\r\n--B--\r\n";

        var exception = await Assert.ThrowsAsync<MultiPartException>(() => MultiPartParser.ParseAsync(BoundaryB, Chunks(Utf8(body), 100)).AsTask());

        Assert.Equal("Maximum header size exceeded.", exception.Message);
    }

    [Theory]
    [InlineData("multipart/form-data", "Missing boundary in multipart.")]
    [InlineData("multipart/form-data; boundary=", "Missing boundary in multipart.")]
    [InlineData("multipart/form-data; boundary=\"\"", "Missing boundary in multipart.")]
    [InlineData("multipart/form-data; boundary*=UTF-8''abc", "Missing boundary in multipart.")]
    [InlineData("multipart/form-data; boundary=\"a\rb\"", "Invalid boundary in multipart.")]
    public async Task ParseAsync_BadBoundaryParameter_RaisesMultiPartException(string contentType, string message)
    {
        var exception = await Assert.ThrowsAsync<MultiPartException>(() => MultiPartParser.ParseAsync(ContentType(contentType), Single("--B--"u8.ToArray())).AsTask());

        Assert.Equal(message, exception.Message);
    }

    [Fact]
    public async Task ParseAsync_BoundaryOverMaximumLength_RaisesMultiPartException()
    {
        var exception = await Assert.ThrowsAsync<MultiPartException>(
            () => MultiPartParser.ParseAsync(ContentType("multipart/form-data; boundary=" + new string('b', 257)), Single("--B--"u8.ToArray())).AsTask());

        Assert.Equal("Boundary length 257 exceeds maximum of 256.", exception.Message);
    }

    [Fact]
    public async Task ParseAsync_MissingContentType_RaisesMissingBoundary()
    {
        var exception = await Assert.ThrowsAsync<MultiPartException>(() => MultiPartParser.ParseAsync(new Headers(), Single("--B--"u8.ToArray())).AsTask());

        Assert.Equal("Missing boundary in multipart.", exception.Message);
    }

    [Fact]
    public async Task ParseAsync_MalformedBodyUnderAnApplication_Answers400()
    {
        using var client = new TestClient(App(starlette: true));

        var response = await client.PostAsync("/", Raw("--B\r\nBad Header\r\n\r\nx\r\n--B--\r\n", "multipart/form-data; boundary=B"));

        await AssertBadRequestAsync("Found invalid character ' ' in a part header name.", response);
    }

    [Fact]
    public async Task ParseAsync_EveryTruncation_FailsWithMultiPartExceptionOrParsesACompleteBody()
    {
        var body = MultiPartParserTests.MixedBody;
        var closed = body.Length - 2; // everything up to the closing "--" inclusive: the final CRLF is optional
        var options = SpillingOptions();
        for (var length = 0; length < body.Length; length++)
        {
            var prefix = body[..length];
            if (length == 0 || length >= closed)
            {
                await using var form = await MultiPartParser.ParseAsync(MultiPartParserTests.MixedHeaders, Chunks(prefix, 7), options);
                Assert.Equal(length == 0 ? 0 : 3, form.Count);
                continue;
            }

            await Assert.ThrowsAsync<MultiPartException>(() => MultiPartParser.ParseAsync(MultiPartParserTests.MixedHeaders, Chunks(prefix, 7), options).AsTask());
            Assert.Empty(_temp.Files());
        }
    }

    [Fact]
    public async Task ParseAsync_RandomlyGarbledBodies_OnlyEverRaiseMultiPartException()
    {
        var random = new Random(20240601);
        var original = MultiPartParserTests.MixedBody;
        var alphabet = "\r\n-:;=\" a7\u00ff\0"u8.ToArray();
        var options = SpillingOptions();
        for (var round = 0; round < 3000; round++)
        {
            var body = (byte[])original.Clone();
            var edits = random.Next(1, 5);
            for (var e = 0; e < edits; e++)
            {
                var at = random.Next(body.Length);
                switch (random.Next(3))
                {
                    case 0:
                        body[at] = random.Next(2) == 0 ? alphabet[random.Next(alphabet.Length)] : (byte)random.Next(256);
                        break;
                    case 1:
                        body = [.. body[..at], .. body[(at + 1)..]];
                        break;
                    default:
                        body = [.. body[..at], alphabet[random.Next(alphabet.Length)], .. body[at..]];
                        break;
                }
            }

            try
            {
                await using var form = await MultiPartParser.ParseAsync(MultiPartParserTests.MixedHeaders, Chunks(body, random.Next(1, 64)), options);
                foreach (var (_, value) in form.MultiItems())
                {
                    if (value.File is { } file) Assert.Equal(file.Size, (await file.ReadAsync()).Length);
                }
            }
            catch (MultiPartException)
            {
            }

            Assert.Empty(_temp.Files());
        }
    }

    private FormParserOptions SpillingOptions() => new() { SpooledFileMaxMemory = 4, TempDirectory = _temp.Path };
}

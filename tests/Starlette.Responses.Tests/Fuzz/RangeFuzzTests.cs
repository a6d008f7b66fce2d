using System.Net;
using System.Text;
using CsCheck;
using Starlette.Testing;
using Starlette.Testing.Support;
using static Starlette.Responses.Tests.Harness;

namespace Starlette.Responses.Tests.Fuzz;

/// <summary>
/// Randomized <c>Range</c> and <c>If-Range</c> headers on a <see cref="FileResponse"/>: the answer is always 200
/// (the whole file), 206 (exactly the bytes asked for), 400 (malformed) or 416 (outside the file), never an
/// exception, a 500 or a hang.
/// </summary>
public sealed class RangeFuzzTests : IDisposable
{
    private static readonly byte[] Content = FileFixture.Bytes;
    private readonly FileFixture _file = new();
    private readonly TestClient _client;
    private readonly string _etag;

    public RangeFuzzTests()
    {
        _client = new TestClient(new FileResponse(_file.Path).ToApp());
        _etag = Header(_client.GetAsync("/").GetAwaiter().GetResult(), "etag");
    }

    public void Dispose()
    {
        _client.Dispose();
        _file.Dispose();
    }

    private static readonly Gen<string> Number = Gen.Frequency(
        (4, Gen.Int[0, Content.Length + 20].Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture))),
        (1, Gen.OneOf("", " ", "-1", "+5", "99999999999999999999", "0x10", "1_0", "\u0661")));

    private static readonly Gen<string> Part = Gen.Frequency(
        (6, Gen.Select(Number, Number, (start, end) => $"{start}-{end}")),
        (1, Gen.Char["0123456789-, =bytes\t"].Array[0, 12].Select(chars => new string(chars))));

    private static readonly Gen<string> RangeHeader = Gen.Frequency(
        (6, Gen.Select(Gen.OneOf("bytes=", "BYTES =", "bytes= ", "items=", "bytes", "="), Part.Array[0, 12], (unit, parts) => unit + string.Join(Gen.OneOf(",", ", ", ",,").Single(), parts))),
        (1, Gen.Char[' ', '~'].Array[0, 40].Select(chars => new string(chars))));

    [Fact]
    public void Get_RandomRangeAndIfRange_AnswersOnlyTheDocumentedStatuses()
    {
        var ifRange = Gen.Frequency((4, Gen.Const((string?)null)), (2, Gen.Const<string?>(() => _etag)), (1, Gen.OneOf<string?>("\"nope\"", "W/\"x\"", "Thu, 01 Jan 1970 00:00:00 GMT", "garbage")));
        FuzzCheck.RunAsync(Gen.Select(RangeHeader, ifRange), async input =>
        {
            var (range, condition) = input;
            var request = new HttpRequestMessage(HttpMethod.Get, "/");
            request.Headers.TryAddWithoutValidation("range", range);
            if (condition is not null) request.Headers.TryAddWithoutValidation("if-range", condition);
            using var response = await _client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();

            switch (response.StatusCode)
            {
                case HttpStatusCode.OK:
                    Assert.Equal(Content, body);
                    break;
                case HttpStatusCode.PartialContent:
                    AssertPartial(response, body);
                    break;
                case HttpStatusCode.RequestedRangeNotSatisfiable:
                    Assert.Equal($"*/{Content.Length}", Header(response, "content-range").Split(' ')[1]);
                    break;
                default:
                    Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
                    break;
            }
        }, fast: 600, size: input => input.Item1.Length, print: input => $"range {Show.Text(input.Item1)}, if-range {Show.Text(input.Item2)}", bound: new AllocationBound(4 << 20, 4096));
    }

    private static void AssertPartial(HttpResponseMessage response, byte[] body)
    {
        Assert.Equal(body.Length, response.Content.Headers.ContentLength);
        if (!Header(response, "content-type").StartsWith("multipart/byteranges", StringComparison.Ordinal))
        {
            AssertSlice(Header(response, "content-range"), body);
            return;
        }

        // Parts: --boundary CRLF headers CRLF CRLF data CRLF, sorted and not overlapping.
        var text = Encoding.Latin1.GetString(body);
        var boundary = Header(response, "content-type").Split("boundary=")[1];
        var previousEnd = -1L;
        foreach (var part in text.Split($"--{boundary}", StringSplitOptions.RemoveEmptyEntries).Where(part => part != "--"))
        {
            var split = part.IndexOf("\r\n\r\n", StringComparison.Ordinal);
            var contentRange = part[..split].Split("\r\n").Single(line => line.StartsWith("Content-Range: ", StringComparison.Ordinal))["Content-Range: ".Length..];
            var (start, _) = AssertSlice(contentRange, Encoding.Latin1.GetBytes(part[(split + 4)..^2]));
            Assert.True(start > previousEnd, $"parts overlap or are out of order in {text}");
            previousEnd = start;
        }
    }

    private static (long Start, long End) AssertSlice(string contentRange, byte[] data)
    {
        var (unit, spec) = (contentRange.Split(' ')[0], contentRange.Split(' ')[1]);
        Assert.Equal("bytes", unit);
        var bounds = spec.Split('/')[0].Split('-').Select(long.Parse).ToArray();
        Assert.Equal($"{Content.Length}", spec.Split('/')[1]);
        Assert.Equal(Content.AsSpan((int)bounds[0], (int)(bounds[1] - bounds[0] + 1)).ToArray(), data);
        return (bounds[0], bounds[1]);
    }
}

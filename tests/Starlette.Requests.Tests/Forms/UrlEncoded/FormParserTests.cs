using Starlette.Testing;
using static Starlette.Requests.Tests.FormApps;
using static Starlette.Requests.Tests.Http;

namespace Starlette.Requests.Tests;

/// <summary>Ports of upstream's tests/test_formparsers.py for urlencoded bodies and bodies without a form.</summary>
public class FormParserTests
{
    private const string UrlEncoded = "application/x-www-form-urlencoded";

    [Fact]
    public async Task ParseAsync_UrlEncodedField_ReturnsField()
    {
        using var client = new TestClient(App());

        var response = await client.PostAsync("/", new FormUrlEncodedContent([new("some", "data")]));

        await AssertJsonAsync("""{"some": "data"}""", response);
    } // upstream test_urlencoded_request_data

    [Fact]
    public async Task ParseAsync_NoBody_ReturnsEmptyForm()
    {
        using var client = new TestClient(App());

        var response = await client.PostAsync("/", content: null);

        await AssertJsonAsync("{}", response);
    } // upstream test_no_request_data

    [Fact]
    public async Task ParseAsync_EncodedSpaceInValue_DecodesIt()
    {
        using var client = new TestClient(App());

        var response = await client.PostAsync("/", new FormUrlEncodedContent([new("some", "da ta")]));

        await AssertJsonAsync("""{"some": "da ta"}""", response);
    } // upstream test_urlencoded_percent_encoding

    [Fact]
    public async Task ParseAsync_EncodedSpaceInName_DecodesIt()
    {
        using var client = new TestClient(App());

        var response = await client.PostAsync("/", new FormUrlEncodedContent([new("so me", "data")]));

        await AssertJsonAsync("""{"so me": "data"}""", response);
    } // upstream test_urlencoded_percent_encoding_keys

    [Fact]
    public async Task ParseAsync_BodyAlreadyRead_ParsesTheBufferedBody()
    {
        using var client = new TestClient(App(readBodyFirst: true));

        var response = await client.PostAsync("/", new FormUrlEncodedContent([new("some", "data"), new("second", "key pair")]));

        await AssertJsonAsync("""{"some": "data", "second": "key pair"}""", response);
    } // upstream test_urlencoded_multi_field_app_reads_body

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ParseAsync_MoreFieldsThanDefaultLimit_Rejects(bool starlette)
    {
        using var client = new TestClient(App(starlette: starlette));
        var body = string.Join("&", Enumerable.Range(0, 1001).Select(i => $"N{i}="));

        await AssertRejectedAsync(starlette, "Too many fields. Maximum number of fields is 1000.", () => client.PostAsync("/", Raw(body, UrlEncoded)));
    } // upstream test_urlencoded_too_many_fields_raise

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ParseAsync_ValueOverDefaultLimit_Rejects(bool starlette)
    {
        using var client = new TestClient(App(starlette: starlette));

        await AssertRejectedAsync(
            starlette, "Field exceeded maximum size of 1024KB.", () => client.PostAsync("/", Raw("field=" + new string('x', 1024 * 1024 + 1), UrlEncoded)));
    } // upstream test_urlencoded_field_exceeds_max_part_size_raise

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ParseAsync_NameOverDefaultLimit_Rejects(bool starlette)
    {
        using var client = new TestClient(App(starlette: starlette));

        await AssertRejectedAsync(
            starlette, "Field exceeded maximum size of 1024KB.", () => client.PostAsync("/", Raw(new string('x', 1024 * 1024 + 1) + "=value", UrlEncoded)));
    } // upstream test_urlencoded_field_name_exceeds_max_part_size_raise

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ParseAsync_MoreFieldsThanCustomLimit_Rejects(bool starlette)
    {
        using var client = new TestClient(App(new FormParserOptions { MaxFields = 1 }, starlette));

        await AssertRejectedAsync(starlette, "Too many fields. Maximum number of fields is 1.", () => client.PostAsync("/", Raw("a=1&b=2", UrlEncoded)));
    } // upstream test_urlencoded_max_fields_is_customizable

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ParseAsync_FieldOverCustomLimit_Rejects(bool starlette)
    {
        using var client = new TestClient(App(new FormParserOptions { MaxPartSize = 1024 * 10 }, starlette));

        await AssertRejectedAsync(
            starlette, "Field exceeded maximum size of 10KB.", () => client.PostAsync("/", Raw("field=" + new string('x', 1024 * 10 + 1), UrlEncoded)));
    } // upstream test_urlencoded_max_part_size_is_customizable

    [Fact]
    public async Task ParseAsync_LimitsInOneLargeChunk_StopWithoutBufferingTheRest()
    {
        var headers = ContentType(UrlEncoded);
        var tooMany = Utf8(string.Join("&", Enumerable.Range(0, 100_000).Select(i => $"f{i}=")));
        var tooBig = Utf8("field=" + new string('x', 1024 * 1024 * 50));

        // Single(...) completes synchronously, so everything the parser allocates is on this thread.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var fields = await Assert.ThrowsAsync<MultiPartException>(() => FormParser.ParseAsync(headers, Single(tooMany), new FormParserOptions { MaxFields = 10 }).AsTask());
        var size = await Assert.ThrowsAsync<MultiPartException>(() => FormParser.ParseAsync(headers, Single(tooBig), new FormParserOptions { MaxPartSize = 1024 }).AsTask());
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal("Too many fields. Maximum number of fields is 10.", fields.Message);
        Assert.Equal("Field exceeded maximum size of 1KB.", size.Message);
        Assert.True(allocated < 256 * 1024, $"allocated {allocated} bytes");
    } // upstream test_urlencoded_limits_stop_parsing_within_a_single_chunk
}

using Starlette.Datastructures;

namespace Starlette.Requests.Tests;

public class FormParserOptionsTests
{
    [Fact]
    public void Default_HasUpstreamLimits()
    {
        var options = FormParserOptions.Default;

        Assert.Equal(1000, options.MaxFiles);
        Assert.Equal(1000, options.MaxFields);
        Assert.Equal(1024 * 1024, options.MaxPartSize);
        Assert.Equal(1024 * 1024, options.SpooledFileMaxMemory);
        Assert.Null(options.TempDirectory);
        Assert.Null(options.FileStreamFactory);
    }

    [Fact]
    public void Init_NegativeLimit_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FormParserOptions { MaxFiles = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new FormParserOptions { MaxFields = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new FormParserOptions { MaxPartSize = -1 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new FormParserOptions { SpooledFileMaxMemory = -1 });
    }

    [Fact]
    public async Task FileStreamFactory_IsUsedForEveryFile()
    {
        var streams = new List<MemoryStream>();
        var options = new FormParserOptions { FileStreamFactory = () => { var s = new MemoryStream(); streams.Add(s); return s; } };
        var body = FormApps.Utf8("--B\r\nContent-Disposition: form-data; name=f; filename=a\r\n\r\nxyz\r\n--B--\r\n");

        await using var form = await MultiPartParser.ParseAsync(FormApps.ContentType("multipart/form-data; boundary=B"), FormApps.Single(body), options);

        Assert.Same(streams.Single(), form["f"].File!.File);
    }

    [Fact]
    public async Task ZeroLimits_RejectTheFirstFieldAndFile()
    {
        var none = new FormParserOptions { MaxFields = 0, MaxFiles = 0 };
        var field = FormApps.Utf8("--B\r\nContent-Disposition: form-data; name=f\r\n\r\nx\r\n--B--\r\n");
        var file = FormApps.Utf8("--B\r\nContent-Disposition: form-data; name=f; filename=a\r\n\r\nx\r\n--B--\r\n");
        Headers multipart = FormApps.ContentType("multipart/form-data; boundary=B");

        var fields = await Assert.ThrowsAsync<MultiPartException>(() => MultiPartParser.ParseAsync(multipart, FormApps.Single(field), none).AsTask());
        var files = await Assert.ThrowsAsync<MultiPartException>(() => MultiPartParser.ParseAsync(multipart, FormApps.Single(file), none).AsTask());
        var urlencoded = await Assert.ThrowsAsync<MultiPartException>(
            () => FormParser.ParseAsync(FormApps.ContentType("application/x-www-form-urlencoded"), FormApps.Single("a=1"u8.ToArray()), none).AsTask());
        await using var empty = await FormParser.ParseAsync(new Headers(), FormApps.Single(ReadOnlyMemory<byte>.Empty), none);

        Assert.Equal("Too many fields. Maximum number of fields is 0.", fields.Message);
        Assert.Equal("Too many files. Maximum number of files is 0.", files.Message);
        Assert.Equal("Too many fields. Maximum number of fields is 0.", urlencoded.Message);
        Assert.Empty(empty);
    }
}

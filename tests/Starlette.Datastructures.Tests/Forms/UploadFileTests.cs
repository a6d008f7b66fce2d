using System.Text;

namespace Starlette.Datastructures.Tests;

public sealed class UploadFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("starlette-upload-tests-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static MemoryStream Bytes(string text)
    {
        var stream = new MemoryStream();
        stream.Write(Encoding.ASCII.GetBytes(text));
        stream.Position = 0;
        return stream;
    }

    private static string Text(byte[] bytes) => Encoding.ASCII.GetString(bytes);

    [Fact]
    public async Task UploadFile_AnyStreamWithSize_ReadsWritesAndCountsTheSize() // upstream test_upload_file_file_input
    {
        var file = new UploadFile(Bytes("data"), size: 4, filename: "file");

        Assert.Equal("data", Text(await file.ReadAsync()));
        Assert.Equal(4, file.Size);
        await file.WriteAsync(Encoding.ASCII.GetBytes(" and more data!"));
        Assert.Equal("", Text(await file.ReadAsync()));
        Assert.Equal(19, file.Size);
        await file.SeekAsync(0);
        Assert.Equal("data and more data!", Text(await file.ReadAsync()));
    }

    [Fact]
    public async Task UploadFile_WithoutSize_SizeStaysUnknown() // upstream test_upload_file_without_size
    {
        var file = new UploadFile(Bytes("data"), filename: "file");

        Assert.Equal("data", Text(await file.ReadAsync()));
        Assert.Null(file.Size);
        await file.WriteAsync(Encoding.ASCII.GetBytes(" and more data!"));
        Assert.Equal("", Text(await file.ReadAsync()));
        Assert.Null(file.Size);
        await file.SeekAsync(0);
        Assert.Equal("data and more data!", Text(await file.ReadAsync()));
    }

    [Theory]
    [InlineData(1, true)] // rolled
    [InlineData(1024, false)] // unrolled
    public async Task UploadFile_SpooledStream_WorksBeforeAndAfterRollingToDisk(int maxSize, bool rolls) // upstream test_uploadfile_rolling
    {
        var stream = new SpooledTemporaryFileStream(maxSize, _directory);
        var file = new UploadFile(stream, size: 0, filename: "file");

        Assert.Equal("", Text(await file.ReadAsync()));
        Assert.Equal(0, file.Size);
        await file.WriteAsync(Encoding.ASCII.GetBytes("data"));
        Assert.Equal("", Text(await file.ReadAsync()));
        Assert.Equal(4, file.Size);
        await file.SeekAsync(0);
        Assert.Equal("data", Text(await file.ReadAsync()));
        await file.WriteAsync(Encoding.ASCII.GetBytes(" more"));
        Assert.Equal("", Text(await file.ReadAsync()));
        Assert.Equal(9, file.Size);
        await file.SeekAsync(0);
        Assert.Equal("data more", Text(await file.ReadAsync()));
        Assert.Equal(9, file.Size);
        Assert.Equal(rolls, stream.IsRolledToDisk);
        Assert.Equal(rolls ? 1 : 0, Directory.GetFiles(_directory).Length);
        await file.CloseAsync();
        Assert.Empty(Directory.GetFiles(_directory));
    }

    [Fact]
    public void ToString_DescribesLikeUpstreamRepr() // upstream test_upload_file_repr
    {
        var file = new UploadFile(Bytes("data"), size: 4, filename: "file");

        Assert.Equal("UploadFile(filename='file', size=4, headers=Headers({}))", file.ToString());
    }

    [Fact]
    public void ToString_WithHeaders_DescribesThem() // upstream test_upload_file_repr_headers
    {
        var file = new UploadFile(Bytes("data"), filename: "file", headers: new Headers(new Dictionary<string, string> { ["foo"] = "bar" }));

        Assert.Equal("UploadFile(filename='file', size=None, headers=Headers({'foo': 'bar'}))", file.ToString());
    }

    [Fact]
    public void ContentType_ComesFromTheHeaders()
    {
        var file = new UploadFile(Bytes(""), headers: new Headers(new Dictionary<string, string> { ["Content-Type"] = "text/plain" }));

        Assert.Equal("text/plain", file.ContentType);
        Assert.Null(new UploadFile(Bytes("")).ContentType);
        Assert.Null(new UploadFile(Bytes("")).Filename);
        Assert.Equal("UploadFile(filename=None, size=None, headers=Headers({}))", new UploadFile(Bytes("")).ToString());
    }

    [Fact]
    public async Task ReadAsync_Size_ReadsAtMostThatMany()
    {
        var file = new UploadFile(Bytes("abcdef"));

        Assert.Equal("ab", Text(await file.ReadAsync(2)));
        Assert.Equal("cdef", Text(await file.ReadAsync(10)));
        Assert.Empty(await file.ReadAsync(0));
        Assert.Empty(await file.ReadAsync(3));
        await file.SeekAsync(1);
        var buffer = new byte[3];
        Assert.Equal(3, await file.ReadAsync(buffer.AsMemory()));
        Assert.Equal("bcd", Text(buffer));
    }

    [Fact]
    public async Task ReadAsync_UnseekableStream_ReadsToTheEnd()
    {
        var file = new UploadFile(new ForwardOnlyStream(Encoding.ASCII.GetBytes("stream")));

        Assert.Equal("stream", Text(await file.ReadAsync()));
    }

    [Fact]
    public async Task SpooledStream_LargeWrite_RollsWithContentAndPositionKept()
    {
        await using var stream = new SpooledTemporaryFileStream(8, _directory);
        await stream.WriteAsync(Encoding.ASCII.GetBytes("12345"));
        stream.Position = 2;

        await stream.WriteAsync(Encoding.ASCII.GetBytes("abcdefgh"));

        Assert.True(stream.IsRolledToDisk);
        Assert.Equal(10, stream.Position);
        stream.Position = 0;
        var all = new byte[stream.Length];
        await stream.ReadExactlyAsync(all);
        Assert.Equal("12abcdefgh", Text(all));
    }

    [Theory]
    [InlineData(1024, false)]
    [InlineData(4, true)]
    public async Task SpooledStream_ArrayOverloads_ReadWriteAndFlushBeforeAndAfterRolling(int maxSize, bool rolls)
    {
        await using var stream = new SpooledTemporaryFileStream(maxSize, _directory);

        stream.Write(Encoding.ASCII.GetBytes("abc"), 0, 3);
        await stream.WriteAsync(Encoding.ASCII.GetBytes("xdefx"), 1, 3);
        stream.Flush();
        await stream.FlushAsync();
        stream.Position = 0;
        var first = new byte[2];
        var second = new byte[2];
        var rest = new byte[8];
        var read = (stream.Read(first, 0, 2), stream.Read(second.AsSpan()), await stream.ReadAsync(rest, 0, rest.Length));

        Assert.True(stream.CanWrite);
        Assert.Equal(rolls, stream.IsRolledToDisk);
        Assert.Equal((2, 2, 2), read);
        Assert.Equal("abcdef", Text([.. first, .. second, .. rest.AsSpan(0, 2)]));
    }

    [Fact]
    public void SpooledStream_SyncWritePastTheLimit_Rolls()
    {
        using var stream = new SpooledTemporaryFileStream(4, _directory);

        stream.Write(Encoding.ASCII.GetBytes("1234"));
        Assert.False(stream.IsRolledToDisk);
        stream.Write(Encoding.ASCII.GetBytes("5"));
        Assert.True(stream.IsRolledToDisk);
        Assert.Single(Directory.GetFiles(_directory));
        stream.Dispose();

        Assert.Empty(Directory.GetFiles(_directory));
    }

    [Fact]
    public async Task SpooledStream_ZeroLimit_NeverRolls()
    {
        await using var stream = new SpooledTemporaryFileStream(0, _directory);

        await stream.WriteAsync(new byte[3 * 1024 * 1024]);

        Assert.False(stream.IsRolledToDisk);
        Assert.Empty(Directory.GetFiles(_directory));
    }

    [Fact]
    public void SpooledStream_SetLengthPastTheLimit_Rolls()
    {
        using var stream = new SpooledTemporaryFileStream(4, _directory);

        stream.SetLength(10);

        Assert.True(stream.IsRolledToDisk);
        Assert.Equal(10, stream.Length);
    }

    [Fact]
    public async Task SpooledStream_Disposed_ThrowsObjectDisposedException()
    {
        var stream = new SpooledTemporaryFileStream(1, _directory);
        await stream.WriteAsync(new byte[4]);
        await stream.DisposeAsync();

        Assert.False(stream.CanRead);
        Assert.Throws<ObjectDisposedException>(() => stream.Position);
        await Assert.ThrowsAsync<ObjectDisposedException>(async () => await stream.WriteAsync(new byte[1]));
        Assert.Empty(Directory.GetFiles(_directory));
    }

    [Fact]
    public void SpooledStream_DefaultLimit_IsOneMebibyte()
    {
        Assert.Equal(1024 * 1024, new SpooledTemporaryFileStream().MaxMemorySize);
        Assert.Throws<ArgumentOutOfRangeException>(() => new SpooledTemporaryFileStream(-1));
    }

    [Fact]
    public void SpooledStream_RolledFile_IsOnlyReadableByTheOwner()
    {
        if (OperatingSystem.IsWindows()) return;
        using var stream = new SpooledTemporaryFileStream(1, _directory);

        stream.RollOver();

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(Directory.GetFiles(_directory).Single()));
    }

    private sealed class ForwardOnlyStream(byte[] content) : MemoryStream(content)
    {
        public override bool CanSeek => false;
    }
}

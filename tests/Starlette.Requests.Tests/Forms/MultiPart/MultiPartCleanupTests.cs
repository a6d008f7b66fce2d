using System.Runtime.CompilerServices;
using Starlette.Datastructures;
using Starlette.Testing;
using Starlette.Types;
using static Starlette.Requests.Tests.FormApps;
using static Starlette.Requests.Tests.Http;

namespace Starlette.Requests.Tests;

/// <summary>Uploaded files spill to temporary files; whatever ends the parse, none is left behind.</summary>
public sealed class MultiPartCleanupTests : IDisposable
{
    private static readonly Headers BoundaryB = ContentType("multipart/form-data; boundary=B");

    private static readonly byte[] TwoFiles = Utf8(
        "--B\r\nContent-Disposition: form-data; name=\"a\"; filename=\"a.bin\"\r\n\r\n" + new string('a', 100) + "\r\n" +
        "--B\r\nContent-Disposition: form-data; name=\"b\"; filename=\"b.bin\"\r\n\r\n" + new string('b', 100) + "\r\n" +
        "--B--\r\n");

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task ParseAsync_Success_FilesLiveUntilTheFormIsDisposed()
    {
        var form = await MultiPartParser.ParseAsync(BoundaryB, Chunks(TwoFiles, 16), Options());

        Assert.Equal(2, _temp.Files().Length);
        Assert.Equal(new string('b', 100), System.Text.Encoding.ASCII.GetString(await form["b"].File!.ReadAsync()));
        await form.DisposeAsync();
        Assert.Empty(_temp.Files());
    }

    [Fact]
    public async Task ParseAsync_LimitAfterFilesSpilled_DeletesThem()
    {
        var exception = await Assert.ThrowsAsync<MultiPartException>(
            () => MultiPartParser.ParseAsync(BoundaryB, Chunks(TwoFiles, 16), Options(maxFiles: 1)).AsTask());

        Assert.Equal("Too many files. Maximum number of files is 1.", exception.Message);
        Assert.Empty(_temp.Files());
    }

    [Fact]
    public async Task ParseAsync_MalformedAfterFilesSpilled_DeletesThem()
    {
        var truncated = TwoFiles[..^20];

        await Assert.ThrowsAsync<MultiPartException>(() => MultiPartParser.ParseAsync(BoundaryB, Chunks(truncated, 16), Options()).AsTask());

        Assert.Empty(_temp.Files());
    }

    [Fact]
    public async Task ParseAsync_CancelledMidBody_DeletesSpilledFiles()
    {
        using var cancellation = new CancellationTokenSource();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => MultiPartParser.ParseAsync(BoundaryB, CancelAfter(TwoFiles, 10, cancellation), Options(), cancellation.Token).AsTask());

        Assert.Empty(_temp.Files());
    }

    [Fact]
    public async Task ParseAsync_CancelledWithASourceThatIgnoresTheToken_StopsAtTheNextChunk()
    {
        using var cancellation = new CancellationTokenSource();
        var chunks = 0;

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => MultiPartParser.ParseAsync(BoundaryB, Counting(Split(TwoFiles, 40, 80, 120, 160), () => { if (++chunks == 3) cancellation.Cancel(); }), Options(), cancellation.Token).AsTask());

        Assert.Equal(3, chunks);
        Assert.Empty(_temp.Files());
    }

    [Fact]
    public async Task ParseAsync_ClientDisconnectsMidBody_DeletesSpilledFiles()
    {
        await Assert.ThrowsAsync<ClientDisconnectException>(
            () => MultiPartParser.ParseAsync(BoundaryB, DisconnectAfter(TwoFiles, 10), Options()).AsTask());

        Assert.Empty(_temp.Files());
    }

    [Fact]
    public async Task ParseAsync_DiskFailsOnRollover_DeletesEarlierFilesAndLetsTheErrorOut()
    {
        var missing = Path.Combine(_temp.Path, "missing");
        var options = new FormParserOptions { SpooledFileMaxMemory = 4, TempDirectory = missing };

        await Assert.ThrowsAnyAsync<IOException>(() => MultiPartParser.ParseAsync(BoundaryB, Single(TwoFiles), options).AsTask());

        Assert.False(Directory.Exists(missing));
        Assert.Empty(_temp.Files());
    }

    [Fact]
    public async Task ParseAsync_RejectedUnderAnApplication_LeavesNoFile()
    {
        using var client = new TestClient(App(Options(maxFiles: 1), starlette: true));

        var response = await client.PostAsync("/", Raw(TwoFiles, "multipart/form-data; boundary=B"));

        await AssertBadRequestAsync("Too many files. Maximum number of files is 1.", response);
        Assert.Empty(_temp.Files());
    }

    private static async IAsyncEnumerable<ReadOnlyMemory<byte>> Counting(IAsyncEnumerable<ReadOnlyMemory<byte>> source, Action onChunk)
    {
        await foreach (var chunk in source)
        {
            onChunk();
            yield return chunk;
        }
    }

    private FormParserOptions Options(int maxFiles = FormParserOptions.DefaultMaxFiles) =>
        new() { MaxFiles = maxFiles, SpooledFileMaxMemory = 8, TempDirectory = _temp.Path };

    private async IAsyncEnumerable<ReadOnlyMemory<byte>> CancelAfter(byte[] body, int chunks, CancellationTokenSource cancellation, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var sent = 0;
        await foreach (var chunk in Chunks(body, 16, cancellationToken))
        {
            if (sent++ == chunks)
            {
                Assert.NotEmpty(_temp.Files()); // a file has spilled by now
                await cancellation.CancelAsync();
            }

            yield return chunk;
        }
    }

    private async IAsyncEnumerable<ReadOnlyMemory<byte>> DisconnectAfter(byte[] body, int chunks)
    {
        var sent = 0;
        await foreach (var chunk in Chunks(body, 16))
        {
            if (sent++ == chunks)
            {
                Assert.NotEmpty(_temp.Files());
                throw new ClientDisconnectException();
            }

            yield return chunk;
        }
    }
}

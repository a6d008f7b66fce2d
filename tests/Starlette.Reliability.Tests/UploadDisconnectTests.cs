using Starlette.Hosting.Kestrel.Tests;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Routing;

namespace Starlette.Reliability.Tests;

/// <summary>A client that leaves mid-upload leaves no spooled temporary file behind.</summary>
public sealed class UploadDisconnectTests : IDisposable
{
    private readonly string _spool = Directory.CreateTempSubdirectory("starlette-spool-").FullName;

    public void Dispose() => Directory.Delete(_spool, recursive: true);

    [Fact]
    public async Task Kestrel_ClientLeavesMidUpload_SpooledFileDeleted()
    {
        var failure = new TaskCompletionSource<Exception>(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = new FormParserOptions { TempDirectory = _spool, SpooledFileMaxMemory = 1024 };
        var app = new StarletteApp(routes:
        [
            new Route("/upload", async (Request request) =>
            {
                try
                {
                    await using var form = await request.FormAsync(options);
                    return new PlainTextResponse("complete");
                }
                catch (Exception exception)
                {
                    failure.TrySetResult(exception);
                    throw;
                }
            }, methods: ["POST"]),
        ]);
        await using var host = await KestrelHost.StartAsync(app);
        const string boundary = "b0undary";

        using (var client = await RawConnection.OpenAsync(host.Address))
        {
            await client.SendAsync(
                $"POST /upload HTTP/1.1\r\nHost: test\r\nContent-Type: multipart/form-data; boundary={boundary}\r\nContent-Length: 10000000\r\n\r\n" +
                $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n");
            await client.SendAsync(new byte[64 * 1024]);
            await Timeouts.EventuallyAsync(() => Directory.EnumerateFiles(_spool).Any(), "the upload spills to a temporary file");
        }

        var error = await failure.Task.WaitAsync(Timeouts.Generous);
        Assert.IsType<Types.ClientDisconnectException>(error);
        await Timeouts.EventuallyAsync(() => !Directory.EnumerateFiles(_spool).Any(), "the temporary file is deleted");
        Assert.Empty(host.Log.Alarms());
    }
}

using System.Buffers;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Starlette.Datastructures;
using Starlette.Types;

namespace Starlette.Responses;

public partial class FileResponse
{
    private async ValueTask SendWholeAsync(ResponseSender sender, bool headerOnly, bool pathSend)
    {
        await sender.StartAsync(StatusCode, RawHeaders).ConfigureAwait(false);
        if (headerOnly)
        {
            await sender.BodyAsync(ReadOnlyMemory<byte>.Empty, moreBody: false).ConfigureAwait(false);
            return;
        }

        if (pathSend)
        {
            await sender.Raw(new HttpResponsePathSendMessage(Path.GetFullPath(FilePath))).ConfigureAwait(false);
            return;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            await using var file = Open();
            var more = true;
            while (more)
            {
                var read = await file.ReadAtLeastAsync(buffer.AsMemory(0, ChunkSize), ChunkSize, throwOnEndOfStream: false).ConfigureAwait(false);
                more = read == ChunkSize;
                await sender.BodyAsync(buffer.AsMemory(0, read), more).ConfigureAwait(false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async ValueTask SendRangeAsync(ResponseSender sender, (long Start, long End) range, long size, bool headerOnly)
    {
        var headers = new MutableHeaders(new List<HttpHeader>(RawHeaders));
        headers["content-range"] = $"bytes {range.Start}-{range.End - 1}/{size}";
        headers["content-length"] = (range.End - range.Start).ToString(CultureInfo.InvariantCulture);
        if (!await StartPartialAsync(sender, headers, headerOnly).ConfigureAwait(false)) return;

        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            await using var file = Open();
            file.Seek(range.Start, SeekOrigin.Begin);
            var (start, more) = (range.Start, true);
            while (more)
            {
                var want = (int)Math.Min(ChunkSize, range.End - start);
                var read = await file.ReadAtLeastAsync(buffer.AsMemory(0, want), want, throwOnEndOfStream: false).ConfigureAwait(false);
                start += read;
                more = read == ChunkSize && start < range.End;
                await sender.BodyAsync(buffer.AsMemory(0, read), more).ConfigureAwait(false);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async ValueTask SendRangesAsync(ResponseSender sender, List<(long Start, long End)> ranges, long size, bool headerOnly)
    {
        var boundary = RandomNumberGenerator.GetHexString(26, lowercase: true);
        var contentType = Headers["content-type"];
        var staticLength = 49 + boundary.Length + contentType.Length + Digits(size);
        var length = ranges.Sum(r => Digits(r.Start) + Digits(r.End - 1) + staticLength + (r.End - r.Start)) + 4 + boundary.Length;

        var headers = new MutableHeaders(new List<HttpHeader>(RawHeaders));
        headers["content-type"] = $"multipart/byteranges; boundary={boundary}";
        headers["content-length"] = length.ToString(CultureInfo.InvariantCulture);
        if (!await StartPartialAsync(sender, headers, headerOnly).ConfigureAwait(false)) return;

        var buffer = ArrayPool<byte>.Shared.Rent(ChunkSize);
        try
        {
            await using var file = Open();
            foreach (var (first, end) in ranges)
            {
                var part = $"--{boundary}\r\nContent-Type: {contentType}\r\nContent-Range: bytes {first}-{end - 1}/{size}\r\n\r\n";
                await sender.BodyAsync(Encoding.Latin1.GetBytes(part), moreBody: true).ConfigureAwait(false);
                file.Seek(first, SeekOrigin.Begin);
                for (var start = first; start < end;)
                {
                    var want = (int)Math.Min(ChunkSize, end - start);
                    var read = await file.ReadAtLeastAsync(buffer.AsMemory(0, want), want, throwOnEndOfStream: false).ConfigureAwait(false);
                    if (read == 0) throw new InvalidOperationException($"File at path {FilePath} became shorter while it was being sent.");
                    start += read;
                    await sender.BodyAsync(buffer.AsMemory(0, read), moreBody: true).ConfigureAwait(false);
                }

                await sender.BodyAsync("\r\n"u8.ToArray(), moreBody: true).ConfigureAwait(false);
            }

            await sender.BodyAsync(Encoding.Latin1.GetBytes($"--{boundary}--"), moreBody: false).ConfigureAwait(false);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    // Sends the 206 start; for HEAD also the empty body. Returns whether the parts' bytes are to be sent.
    private static async ValueTask<bool> StartPartialAsync(ResponseSender sender, MutableHeaders headers, bool headerOnly)
    {
        await sender.StartAsync(Status.Http206PartialContent, (List<HttpHeader>)headers.Raw).ConfigureAwait(false);
        if (headerOnly) await sender.BodyAsync(ReadOnlyMemory<byte>.Empty, moreBody: false).ConfigureAwait(false);
        return !headerOnly;
    }

    private static int Digits(long value) => value.ToString(CultureInfo.InvariantCulture).Length;
}

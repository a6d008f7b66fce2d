using System.IO.Compression;
using System.IO.Pipelines;
using System.Net;

namespace Starlette.Testing;

/// <summary>
/// A response body that streams from the app as it sends it. Like httpx, a gzip, deflate or br body is decoded
/// while the <c>content-encoding</c> header stays as the app sent it. Disposing the content tells the app the
/// client has gone away.
/// </summary>
internal sealed class ResponseBodyContent(PipeReader body, Action abort) : HttpContent
{
    protected override Task SerializeToStreamAsync(Stream stream, TransportContext? context) =>
        SerializeToStreamAsync(stream, context, CancellationToken.None);

    protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context, CancellationToken cancellationToken)
    {
        await using var source = Open();
        await source.CopyToAsync(stream, cancellationToken).ConfigureAwait(false);
    }

    protected override Task<Stream> CreateContentReadStreamAsync() => Task.FromResult(Open());

    protected override bool TryComputeLength(out long length)
    {
        length = 0;
        return false;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            body.Complete();
            abort();
        }

        base.Dispose(disposing);
    }

    private Stream Open()
    {
        var raw = body.AsStream(leaveOpen: true);
        var encoding = Headers.ContentEncoding.Count == 1 ? Headers.ContentEncoding.First().ToLowerInvariant() : null;
        return encoding switch
        {
            "gzip" => new GZipStream(raw, CompressionMode.Decompress),
            "deflate" => new ZLibStream(raw, CompressionMode.Decompress),
            "br" => new BrotliStream(raw, CompressionMode.Decompress),
            _ => raw,
        };
    }
}

using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Starlette.Datastructures;
using Starlette.Types;

namespace Starlette.Responses;

/// <summary>
/// A file as the response (upstream's <c>FileResponse</c>): the media type guessed from the name, <c>etag</c> and
/// <c>last-modified</c> from one stat per request, HEAD without reading, single and multiple byte ranges (206,
/// 416 and 400 as upstream), and <c>http.response.pathsend</c> when the host can send the file itself.
/// </summary>
public partial class FileResponse : Response
{
    private readonly FileInfo? _stat;

    /// <summary>Creates the response.</summary>
    /// <param name="path">The file's path.</param>
    /// <param name="statusCode">The status code; default 200.</param>
    /// <param name="headers">Headers to send.</param>
    /// <param name="mediaType">The media type; default guessed from <paramref name="filename"/> or <paramref name="path"/>, else <c>application/octet-stream</c>.</param>
    /// <param name="background">Work to run after the response is sent.</param>
    /// <param name="filename">A download name: adds <c>content-disposition</c> (with <c>filename*</c> for non-ASCII names).</param>
    /// <param name="stat">The file's information, when already known (saves a stat per request).</param>
    /// <param name="contentDispositionType"><c>attachment</c> (default) or <c>inline</c>.</param>
    public FileResponse(string path, int statusCode = Status.Http200OK, HeaderFields? headers = null, string? mediaType = null, BackgroundTask? background = null, string? filename = null, FileInfo? stat = null, string contentDispositionType = "attachment")
        : base(statusCode, headers, mediaType ?? MediaTypes.Guess(filename ?? path ?? throw new ArgumentNullException(nameof(path))) ?? "application/octet-stream", background)
    {
        FilePath = path;
        Filename = filename;
        Headers.SetDefault("accept-ranges", "bytes");
        if (filename is not null)
        {
            var quoted = UrlQuoting.Quote(filename, "/");
            Headers.SetDefault("content-disposition", quoted != filename
                ? $"{contentDispositionType}; filename*=utf-8''{quoted}"
                : $"{contentDispositionType}; filename=\"{filename}\"");
        }

        _stat = stat;
        if (stat is not null) SetStatHeaders(stat);
    }

    /// <summary>The file's path.</summary>
    public string FilePath { get; }

    /// <summary>The download name, if any.</summary>
    public string? Filename { get; }

    /// <summary>How many bytes are read and sent at a time; default 64 KiB.</summary>
    public int ChunkSize { get; set; } = 64 * 1024;

    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The file does not exist, or is not a regular file.</exception>
    public override async ValueTask ExecuteAsync(Scope scope, Receive receive, Send send)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var sender = new ResponseSender(scope, send);
        var headerOnly = scope.Type == ScopeType.Http && string.Equals(scope.Method, "HEAD", StringComparison.OrdinalIgnoreCase);
        var pathSend = scope.Type == ScopeType.Http && scope.HasExtension(ExtensionNames.PathSend);
        var stat = _stat ?? Stat();

        var requestHeaders = new Headers(scope);
        var range = requestHeaders.Get("range");
        var ifRange = requestHeaders.Get("if-range");
        if (range is null || (ifRange is not null && !ShouldUseRange(ifRange)))
        {
            await SendWholeAsync(sender, headerOnly, pathSend).ConfigureAwait(false);
        }
        else
        {
            List<(long Start, long End)> ranges;
            try
            {
                ranges = ByteRanges.Parse(range, stat.Length);
            }
            catch (ByteRanges.MalformedException malformed)
            {
                await new PlainTextResponse(malformed.Message, Status.Http400BadRequest).ExecuteAsync(scope, receive, send).ConfigureAwait(false);
                return;
            }
            catch (ByteRanges.TooManyException)
            {
                await SendWholeAsync(sender, headerOnly, pathSend).ConfigureAwait(false);
                if (Background is not null) await Background.RunAsync().ConfigureAwait(false);
                return;
            }
            catch (ByteRanges.NotSatisfiableException)
            {
                var headers = new Dictionary<string, string> { ["content-range"] = $"bytes */{stat.Length}" };
                await new PlainTextResponse(null, Status.Http416RangeNotSatisfiable, headers).ExecuteAsync(scope, receive, send).ConfigureAwait(false);
                return;
            }

            if (ranges.Count == 1) await SendRangeAsync(sender, ranges[0], stat.Length, headerOnly).ConfigureAwait(false);
            else await SendRangesAsync(sender, ranges, stat.Length, headerOnly).ConfigureAwait(false);
        }

        if (Background is not null) await Background.RunAsync().ConfigureAwait(false);
    }

    private FileInfo Stat()
    {
        var info = new FileInfo(FilePath);
        if (!info.Exists)
        {
            throw new InvalidOperationException(Directory.Exists(FilePath)
                ? $"File at path {FilePath} is not a file."
                : $"File at path {FilePath} does not exist.");
        }

        SetStatHeaders(info);
        return info;
    }

    private void SetStatHeaders(FileInfo stat)
    {
        var modified = new DateTimeOffset(stat.LastWriteTimeUtc);
        var mtime = (modified - DateTimeOffset.UnixEpoch).TotalSeconds.ToString("R", CultureInfo.InvariantCulture);
        var etag = Convert.ToHexStringLower(MD5.HashData(Encoding.ASCII.GetBytes($"{mtime}-{stat.Length}")));
        Headers.SetDefault("content-length", stat.Length.ToString(CultureInfo.InvariantCulture));
        Headers.SetDefault("last-modified", HttpDates.Format(modified));
        Headers.SetDefault("etag", $"\"{etag}\"");
    }

    private bool ShouldUseRange(string ifRange) => ifRange == Headers.Get("last-modified") || ifRange == Headers.Get("etag");

    private FileStream Open() => new(FilePath, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.Asynchronous | FileOptions.SequentialScan);
}

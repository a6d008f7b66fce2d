using System.Globalization;

namespace Starlette.Middleware.GZip;

/// <summary>
/// How <see cref="GZipMiddleware"/> compresses (upstream's <c>GZipMiddleware(minimum_size=500, compresslevel=9)</c>).
/// The middleware copies the values when it is created: later changes to the options do not affect it.
/// </summary>
/// <remarks>
/// <para>
/// <see cref="CompressLevel"/> is the zlib level that Python's <c>gzip</c> module takes, passed unchanged to
/// <see cref="System.IO.Compression.ZLibCompressionOptions.CompressionLevel"/>: 0 stores without compressing,
/// 1 is the fastest, 9 the smallest (upstream's default), -1 is zlib's default (6). In terms of
/// <see cref="System.IO.Compression.CompressionLevel"/>: <c>NoCompression</c> is 0, <c>Fastest</c> is 1,
/// <c>Optimal</c> is zlib's default 6 and <c>SmallestSize</c> is 9.
/// </para>
/// <para>
/// The compressed bytes differ from Python's (another zlib build, a gzip header without a timestamp, and a sync
/// flush after every streamed chunk) but decode to the same body.
/// </para>
/// </remarks>
public sealed class GZipOptions
{
    /// <summary>
    /// Responses sent in one message with a body shorter than this many bytes are not compressed (nor given
    /// <c>Vary</c>); default 500 (upstream's <c>minimum_size</c>). Streamed responses are always compressed.
    /// </summary>
    public int MinimumSize { get; set; } = 500;

    /// <summary>
    /// What upstream leaves uncompressed by default (its <c>DEFAULT_EXCLUDED_CONTENT_TYPES</c> since 1.5.0): server-sent
    /// events, which must not be held back, and formats that are compressed already (archives, raster images, audio,
    /// video, WOFF fonts). SVG and TTF/OTF fonts are text or uncompressed tables and are compressed.
    /// </summary>
    public static IReadOnlyList<string> DefaultExcludedContentTypes { get; } =
    [
        "application/gzip", "application/x-gzip", "application/zip", "audio/*", "font/woff", "font/woff2",
        "image/avif", "image/gif", "image/jpeg", "image/png", "image/webp", "text/event-stream", "video/*",
    ];

    /// <summary>
    /// Responses whose media type is one of these pass through untouched, with no <c>Vary</c> (upstream's
    /// <c>exclude_content_types</c>): an entry matches the <c>content-type</c> without its parameters, ignoring case;
    /// <c>type/*</c> matches every subtype. Default <see cref="DefaultExcludedContentTypes"/>; an empty list compresses
    /// every type (server-sent events included, each event flushed as it is sent).
    /// </summary>
    public IList<string> ExcludeContentTypes { get; set; } = [.. DefaultExcludedContentTypes];

    /// <summary>The gzip (zlib) compression level, 0 to 9 or -1 for zlib's default; default 9 (upstream's <c>compresslevel</c>).</summary>
    public int CompressLevel { get; set; } = 9;

    /// <summary>
    /// Whether to answer with Brotli (<c>content-encoding: br</c>) when the client's <c>Accept-Encoding</c> lists
    /// <c>br</c> with a non-zero weight; Brotli then wins over gzip. Default <see langword="false"/>: upstream
    /// compresses with gzip only.
    /// </summary>
    public bool EnableBrotli { get; set; }

    /// <summary>
    /// The Brotli quality, 0 (fastest) to 11 (smallest), when <see cref="EnableBrotli"/> is set; default 4, a
    /// common choice for responses compressed on the fly.
    /// </summary>
    public int BrotliQuality { get; set; } = 4;

    /// <summary>Describes the options, e.g. <c>GZipOptions { MinimumSize = 500, CompressLevel = 9 }</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"GZipOptions {{ MinimumSize = {MinimumSize}, CompressLevel = {CompressLevel}, EnableBrotli = {EnableBrotli}, BrotliQuality = {BrotliQuality}, ExcludeContentTypes = [{string.Join(", ", ExcludeContentTypes ?? [])}] }}");
}

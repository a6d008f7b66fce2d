namespace Starlette.Middleware.GZip.Internal;

/// <summary>A validated, immutable copy of <see cref="GZipOptions"/>.</summary>
internal sealed class CompressionSettings
{
    private CompressionSettings(int minimumSize, int compressLevel, bool enableBrotli, int brotliQuality, ContentTypeExclusions excluded)
    {
        Excluded = excluded;
        MinimumSize = minimumSize;
        CompressLevel = compressLevel;
        EnableBrotli = enableBrotli;
        BrotliQuality = brotliQuality;
    }

    public int MinimumSize { get; }

    public int CompressLevel { get; }

    public bool EnableBrotli { get; }

    public int BrotliQuality { get; }

    public ContentTypeExclusions Excluded { get; }

    public static CompressionSettings From(GZipOptions options)
    {
        if (options.CompressLevel is < -1 or > 9)
            throw new ArgumentOutOfRangeException(nameof(options), options.CompressLevel, "CompressLevel must be between 0 and 9, or -1 for zlib's default.");
        if (options.BrotliQuality is < 0 or > 11)
            throw new ArgumentOutOfRangeException(nameof(options), options.BrotliQuality, "BrotliQuality must be between 0 and 11.");
        if (options.ExcludeContentTypes is null) throw new ArgumentException("ExcludeContentTypes must not be null; use an empty list to compress every type.", nameof(options));
        return new CompressionSettings(options.MinimumSize, options.CompressLevel, options.EnableBrotli, options.BrotliQuality, new ContentTypeExclusions(options.ExcludeContentTypes));
    }
}

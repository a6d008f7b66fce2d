using Starlette.Datastructures;

namespace Starlette.Requests;

/// <summary>
/// Limits and storage for <see cref="FormParser"/> and <see cref="MultiPartParser"/> (upstream's <c>max_files</c>,
/// <c>max_fields</c> and <c>max_part_size</c> arguments of <c>request.form()</c>, plus where uploads go).
/// Immutable once built, so one instance can serve every request.
/// </summary>
public sealed class FormParserOptions
{
    /// <summary>The default <see cref="MaxFiles"/>: 1000.</summary>
    public const int DefaultMaxFiles = 1000;

    /// <summary>The default <see cref="MaxFields"/>: 1000.</summary>
    public const int DefaultMaxFields = 1000;

    /// <summary>The default <see cref="MaxPartSize"/>: 1 MiB.</summary>
    public const int DefaultMaxPartSize = 1024 * 1024;

    /// <summary>The options every parser uses when given none: upstream's defaults.</summary>
    public static FormParserOptions Default { get; } = new();

    /// <summary>How many file parts a multipart form may hold; one more fails with
    /// <c>Too many files. Maximum number of files is {MaxFiles}.</c> Default 1000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxFiles
    {
        get;
        init => field = NonNegative(value);
    } = DefaultMaxFiles;

    /// <summary>How many text fields a form may hold (multipart or urlencoded); one more fails with
    /// <c>Too many fields. Maximum number of fields is {MaxFields}.</c> Default 1000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxFields
    {
        get;
        init => field = NonNegative(value);
    } = DefaultMaxFields;

    /// <summary>
    /// How many bytes a text field may hold: a multipart text part's content (<c>Part exceeded maximum size of
    /// {KB}KB.</c>), or a urlencoded field's encoded name and value together (<c>Field exceeded maximum size of
    /// {KB}KB.</c>). Files are not limited by it. Default 1 MiB.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int MaxPartSize
    {
        get;
        init => field = NonNegative(value);
    } = DefaultMaxPartSize;

    /// <summary>How many bytes of an uploaded file stay in memory before it moves to a temporary file (upstream's
    /// <c>spool_max_size</c>); 0 keeps files in memory. Default 1 MiB.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is negative.</exception>
    public int SpooledFileMaxMemory
    {
        get;
        init => field = NonNegative(value);
    } = SpooledTemporaryFileStream.DefaultMaxMemorySize;

    /// <summary>Where uploaded files spill to disk; default <see cref="Path.GetTempPath"/>.</summary>
    public string? TempDirectory { get; init; }

    /// <summary>
    /// Creates the stream behind each uploaded file instead of a <see cref="SpooledTemporaryFileStream"/> (for
    /// example to write uploads to a chosen place, or to cap their size by throwing a
    /// <see cref="MultiPartException"/> from <c>Write</c>). The stream must be readable, writable and seekable; the
    /// parser disposes it when parsing fails, the form's owner otherwise.
    /// </summary>
    public Func<Stream>? FileStreamFactory { get; init; }

    internal Stream CreateFileStream() =>
        FileStreamFactory?.Invoke() ?? new SpooledTemporaryFileStream(SpooledFileMaxMemory, TempDirectory);

    private static int NonNegative(int value)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(value);
        return value;
    }
}

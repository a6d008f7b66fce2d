using System.Globalization;
using System.Text;
using Starlette.Common;
using Starlette.Datastructures;
using Starlette.Types;

namespace Starlette.Requests;

/// <summary>
/// Turns what <see cref="MultiPartReader"/> reports into a <see cref="FormData"/>, as upstream's
/// <c>MultiPartParser</c> callbacks do: text parts are buffered (up to <see cref="FormParserOptions.MaxPartSize"/>)
/// and decoded with the request's charset; file parts stream into an <see cref="UploadFile"/>; the file and field
/// counts are checked as each part's headers complete. One instance parses one body.
/// </summary>
internal sealed class MultiPartFormParser : IDisposable
{
    private readonly FormParserOptions _options;
    private readonly Encoding? _charset;
    private readonly MultiPartReader _reader;
    private PooledByteBuffer _field;
    private readonly List<KeyValuePair<string, FormValue>> _items = [];
    private readonly List<UploadFile> _files = [];
    private string _partName = "";
    private UploadFile? _partFile;
    private int _fileCount;
    private int _fieldCount;

    private MultiPartFormParser(FormParserOptions options, Encoding? charset, ReadOnlySpan<byte> boundary)
    {
        _options = options;
        _charset = charset;
        _reader = new MultiPartReader(boundary);
    }

    /// <summary>Checks the request's <c>Content-Type</c> and makes a parser for its boundary and charset.</summary>
    public static MultiPartFormParser Create(Headers headers, FormParserOptions options)
    {
        var contentType = OptionsHeader.Parse(headers.Get("content-type"));
        var charset = contentType.Parameters.TryGetValue("charset", out var name) ? Charsets.Resolve(name) : Charsets.StrictUtf8;
        if (!contentType.Parameters.TryGetValue("boundary", out var boundary) || boundary.Length == 0)
            throw new MultiPartException("Missing boundary in multipart.");
        if (boundary.Length > MultiPartReader.MaxBoundaryLength)
        {
            throw new MultiPartException(string.Create(CultureInfo.InvariantCulture,
                $"Boundary length {boundary.Length} exceeds maximum of {MultiPartReader.MaxBoundaryLength}."));
        }

        if (boundary.AsSpan().IndexOfAny('\r', '\n') >= 0 || boundary.AsSpan().IndexOfAnyExceptInRange('\0', '\u00FF') >= 0)
            throw new MultiPartException("Invalid boundary in multipart.");

        Span<byte> bytes = stackalloc byte[boundary.Length];
        Encoding.Latin1.GetBytes(boundary, bytes);
        return new MultiPartFormParser(options, charset, bytes);
    }

    /// <summary>Reads the whole body. On any failure every file made so far is closed (deleting its temporary
    /// file) before the exception goes on; on success the files belong to the returned form.</summary>
    public async ValueTask<FormData> ParseAsync(IAsyncEnumerable<ReadOnlyMemory<byte>> body, CancellationToken cancellationToken)
    {
        try
        {
            await foreach (var chunk in body.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                cancellationToken.ThrowIfCancellationRequested(); // also for sources that ignore the token
                var offset = 0;
                while (true)
                {
                    var next = _reader.Read(chunk.Span, ref offset, out var start, out var length, out var fromLookbehind);
                    if (next == MultiPartEvent.NeedMoreData) break;
                    switch (next)
                    {
                        case MultiPartEvent.HeadersComplete:
                            OnHeadersComplete(_reader.TakeHeaders());
                            break;
                        case MultiPartEvent.Data:
                            var data = (fromLookbehind ? _reader.Lookbehind : chunk).Slice(start, length);
                            if (_partFile is { } file) await file.WriteAsync(data, cancellationToken).ConfigureAwait(false);
                            else AppendField(data.Span);
                            break;
                        case MultiPartEvent.PartEnd:
                            await OnPartEndAsync(cancellationToken).ConfigureAwait(false);
                            break;
                    }
                }
            }

            _reader.Complete();
            return new FormData(_items);
        }
        catch
        {
            foreach (var file in _files)
            {
                try
                {
                    await file.CloseAsync().ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // Closing is best effort here: the original error is the one to report.
                }
            }

            throw;
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _field.Dispose();
    }

    private void OnHeadersComplete(List<HttpHeader> headers)
    {
        string? disposition = null;
        foreach (var header in headers)
        {
            if (header.Name == "content-disposition") disposition = header.Value;
        }

        var options = OptionsHeader.Parse(disposition);
        if (!options.Parameters.TryGetValue("name", out var name))
            throw new MultiPartException("The Content-Disposition header field \"name\" must be provided.");
        _partName = Charsets.UserSafeDecode(name, _charset);

        // filename* (RFC 8187) is already decoded; a plain filename is bytes in the request's charset.
        var filename = options.ExtendedParameters.TryGetValue("filename", out var extended)
            ? extended
            : options.Parameters.TryGetValue("filename", out var plain) ? Charsets.UserSafeDecode(plain, _charset) : null;
        if (filename is null)
        {
            if (++_fieldCount > _options.MaxFields)
            {
                throw new MultiPartException(string.Create(
                    CultureInfo.InvariantCulture, $"Too many fields. Maximum number of fields is {_options.MaxFields}."));
            }

            _partFile = null;
            return;
        }

        if (++_fileCount > _options.MaxFiles)
        {
            throw new MultiPartException(string.Create(
                CultureInfo.InvariantCulture, $"Too many files. Maximum number of files is {_options.MaxFiles}."));
        }

        var stream = _options.CreateFileStream();
        _partFile = new UploadFile(stream, size: 0, filename, new Headers(headers));
        _files.Add(_partFile);
    }

    private void AppendField(ReadOnlySpan<byte> data)
    {
        if ((long)_field.Length + data.Length > _options.MaxPartSize)
        {
            throw new MultiPartException(string.Create(
                CultureInfo.InvariantCulture, $"Part exceeded maximum size of {_options.MaxPartSize / 1024}KB."));
        }

        _field.Write(data);
    }

    private async ValueTask OnPartEndAsync(CancellationToken cancellationToken)
    {
        if (_partFile is { } file)
        {
            await file.SeekAsync(0, cancellationToken).ConfigureAwait(false);
            _items.Add(new(_partName, file));
            _partFile = null;
        }
        else
        {
            _items.Add(new(_partName, Charsets.UserSafeDecode(_field.WrittenSpan, _charset)));
            _field.Clear();
        }
    }
}

using System.Buffers;
using Starlette.Types;

namespace Starlette.Requests;

/// <summary>
/// The byte-level <c>multipart/form-data</c> state machine behind <see cref="MultiPartParser"/>: a pull reader
/// fed one chunk at a time that reports headers, content pieces and part ends. A delimiter may straddle any number
/// of chunks: a partial match is carried as a count (its bytes are the delimiter's own), so the reader keeps no
/// reference to a chunk between calls and copies nothing but header lines.
/// </summary>
/// <remarks>
/// Grammar, as python-multipart reads it: an optional preamble; <c>--boundary</c> then CRLF opens a part; header
/// lines <c>name: value</c> (token-character names, at most 8 per part, each at most 4224 bytes) end with an empty
/// line; the content runs until CRLF <c>--boundary</c> followed by CRLF (next part) or <c>--</c> (the end, after
/// which the epilogue is ignored). A delimiter followed by anything else is content.
/// </remarks>
internal sealed partial class MultiPartReader : IDisposable
{
    /// <summary>The longest boundary accepted, as python-multipart (RFC 2046 asks for at most 70).</summary>
    public const int MaxBoundaryLength = 256;

    private const int MaxHeaderCount = 8;
    private const int MaxHeaderLineSize = 4096 + 128;

    // CRLF "--" boundary, plus one spare byte for a false match's extra byte.
    private readonly byte[] _lookbehind;
    private readonly int _delimiterLength;
    private byte[]? _line;
    private int _lineLength;
    private int _headerCount;
    private List<HttpHeader>? _headers;
    private State _state = State.Preamble;
    private int _matched = 2; // the body's start counts as a line break: the first delimiter needs no CRLF before it
    private byte _afterDelimiter;
    private bool _delimiterEndsPart;
    private bool _preambleHasContent;

    /// <summary>Creates a reader for a boundary.</summary>
    /// <param name="boundary">The boundary, 1 to <see cref="MaxBoundaryLength"/> bytes without CR or LF.</param>
    public MultiPartReader(ReadOnlySpan<byte> boundary)
    {
        _delimiterLength = boundary.Length + 4;
        _lookbehind = new byte[_delimiterLength + 1];
        "\r\n--"u8.CopyTo(_lookbehind);
        boundary.CopyTo(_lookbehind.AsSpan(4));
    }

    private enum State
    {
        Preamble,
        PartData,
        AfterDelimiter,
        AfterDelimiterSecond,
        HeaderLine,
        HeaderLineFeed,
        ClosePending,
        Epilogue,
    }

    /// <summary>Bytes that belong to the content although they looked like the start of a delimiter; a
    /// <see cref="MultiPartEvent.Data"/> event with <c>fromLookbehind</c> set points into them. They stay valid
    /// until the next <see cref="Read"/>.</summary>
    public ReadOnlyMemory<byte> Lookbehind => _lookbehind;

    private ReadOnlySpan<byte> Delimiter => _lookbehind.AsSpan(0, _delimiterLength);

    /// <summary>Reads from <paramref name="chunk"/> at <paramref name="offset"/> until something happens.</summary>
    /// <param name="chunk">The current chunk.</param>
    /// <param name="offset">Where to go on reading; advanced past what was used.</param>
    /// <param name="start">For <see cref="MultiPartEvent.Data"/>: where the piece starts, in the chunk or in <see cref="Lookbehind"/>.</param>
    /// <param name="length">For <see cref="MultiPartEvent.Data"/>: the piece's length.</param>
    /// <param name="fromLookbehind">For <see cref="MultiPartEvent.Data"/>: whether the piece is in <see cref="Lookbehind"/>.</param>
    /// <returns>What happened.</returns>
    /// <exception cref="MultiPartException">The body is malformed.</exception>
    public MultiPartEvent Read(ReadOnlySpan<byte> chunk, ref int offset, out int start, out int length, out bool fromLookbehind)
    {
        var piece = default(Piece);
        MultiPartEvent? result;
        do
        {
            result = _state switch
            {
                State.Preamble or State.PartData => ReadContent(chunk, ref offset, ref piece),
                State.AfterDelimiter => ReadAfterDelimiter(chunk, ref offset, ref piece),
                State.AfterDelimiterSecond => ReadAfterDelimiterSecond(chunk, ref offset, ref piece),
                State.HeaderLine => ReadHeaderLine(chunk, ref offset),
                State.HeaderLineFeed => ReadHeaderLineFeed(chunk, ref offset),
                State.ClosePending => Close(),
                _ => SkipEpilogue(chunk, ref offset),
            };
        }
        while (result is null);

        start = piece.Start;
        length = piece.Length;
        fromLookbehind = piece.FromLookbehind;
        return result.GetValueOrDefault();
    }

    /// <summary>Hands over the headers of the part whose <see cref="MultiPartEvent.HeadersComplete"/> was just read,
    /// names lowercased and values one character per byte.</summary>
    /// <returns>The headers, in order.</returns>
    public List<HttpHeader> TakeHeaders()
    {
        var headers = _headers ?? [];
        _headers = null;
        return headers;
    }

    /// <summary>Checks that the body ended where it may: after the closing delimiter, or without any part at all
    /// (an empty body, or one of line breaks only).</summary>
    /// <exception cref="MultiPartException">The body ended early.</exception>
    public void Complete()
    {
        if (_state is State.Epilogue or State.ClosePending) return;
        if (_state == State.Preamble && !_preambleHasContent) return;
        throw new MultiPartException(_state == State.Preamble
            ? "Did not find the multipart boundary in the body."
            : "The multipart body ended before its closing boundary.");
    }

    public void Dispose()
    {
        var line = _line;
        _line = null;
        if (line is not null) ArrayPool<byte>.Shared.Return(line);
    }
}

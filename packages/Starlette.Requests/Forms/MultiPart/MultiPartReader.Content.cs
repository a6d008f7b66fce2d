using System.Buffers;

namespace Starlette.Requests;

/// <summary>The reader's content states: the preamble, a part's data, and the two bytes after a delimiter.</summary>
internal sealed partial class MultiPartReader
{
    private static readonly SearchValues<byte> LineBreaks = SearchValues.Create("\r\n"u8);

    /// <summary>Where a <see cref="MultiPartEvent.Data"/> piece is: in the chunk, or in <see cref="Lookbehind"/>.</summary>
    private struct Piece
    {
        public int Start;
        public int Length;
        public bool FromLookbehind;
    }

    private MultiPartEvent? ReadContent(ReadOnlySpan<byte> chunk, ref int offset, ref Piece piece)
    {
        if (offset == chunk.Length) return MultiPartEvent.NeedMoreData;
        var isContent = _state == State.PartData;
        if (!isContent && !_preambleHasContent) _preambleHasContent = chunk[offset..].IndexOfAnyExcept(LineBreaks) >= 0;
        return _matched > 0 ? ContinueDelimiter(chunk, ref offset, ref piece, isContent) : FindDelimiter(chunk, ref offset, ref piece, isContent);
    }

    /// <summary>A delimiter began in an earlier chunk (or at the body's start): go on matching it.</summary>
    private MultiPartEvent? ContinueDelimiter(ReadOnlySpan<byte> chunk, ref int offset, ref Piece piece, bool isContent)
    {
        var count = Math.Min(_delimiterLength - _matched, chunk.Length - offset);
        var common = chunk.Slice(offset, count).CommonPrefixLength(Delimiter.Slice(_matched, count));
        offset += common;
        if (common == count)
        {
            _matched += count;
            if (_matched < _delimiterLength) return MultiPartEvent.NeedMoreData;
            _matched = 0;
            return DelimiterFound(isContent);
        }

        // Not a delimiter after all: what matched is content (a CR only starts a delimiter, so the mismatching byte is
        // looked at afresh).
        var length = _matched + common;
        _matched = 0;
        return isContent ? FromLookbehind(ref piece, length) : null;
    }

    /// <summary>Looks for a whole delimiter in the chunk; content before it (or before a partial one at the tail) is a piece.</summary>
    private MultiPartEvent? FindDelimiter(ReadOnlySpan<byte> chunk, ref int offset, ref Piece piece, bool isContent)
    {
        var from = offset;
        var rest = chunk[offset..];
        var index = rest.IndexOf(Delimiter);
        if (index == 0)
        {
            offset += _delimiterLength;
            return DelimiterFound(isContent);
        }

        var end = index;
        if (index < 0)
        {
            // No whole delimiter: the tail may hold its beginning, which must start with its CR.
            end = rest.Length;
            var tail = Math.Max(0, rest.Length - (_delimiterLength - 1));
            var cr = rest[tail..].LastIndexOf((byte)'\r');
            if (cr >= 0 && Delimiter.StartsWith(rest[(tail + cr)..]))
            {
                end = tail + cr;
                _matched = rest.Length - end;
            }
        }

        offset = index > 0 ? from + index : chunk.Length;
        if (!isContent || end == 0) return null;
        piece.Start = from;
        piece.Length = end;
        return MultiPartEvent.Data;
    }

    private MultiPartEvent? DelimiterFound(bool endsPart)
    {
        _delimiterEndsPart = endsPart;
        _state = State.AfterDelimiter;
        return null;
    }

    private MultiPartEvent? ReadAfterDelimiter(ReadOnlySpan<byte> chunk, ref int offset, ref Piece piece)
    {
        if (offset == chunk.Length) return MultiPartEvent.NeedMoreData;
        var b = chunk[offset];
        if (b is (byte)'\r' or (byte)'-')
        {
            _afterDelimiter = b;
            offset++;
            _state = State.AfterDelimiterSecond;
            return null;
        }

        // CRLF--boundary followed by anything else is content; this byte is looked at afresh.
        _state = _delimiterEndsPart ? State.PartData : State.Preamble;
        return _delimiterEndsPart ? FromLookbehind(ref piece, _delimiterLength) : null;
    }

    private MultiPartEvent? ReadAfterDelimiterSecond(ReadOnlySpan<byte> chunk, ref int offset, ref Piece piece)
    {
        if (offset == chunk.Length) return MultiPartEvent.NeedMoreData;
        var b = chunk[offset];
        if (_afterDelimiter == '\r' && b == '\n')
        {
            offset++;
            BeginPart();
            return _delimiterEndsPart ? MultiPartEvent.PartEnd : null;
        }

        if (_afterDelimiter == '-' && b == '-')
        {
            offset++;
            _state = _delimiterEndsPart ? State.ClosePending : State.Epilogue;
            return _delimiterEndsPart ? MultiPartEvent.PartEnd : MultiPartEvent.End;
        }

        _state = _delimiterEndsPart ? State.PartData : State.Preamble;
        if (!_delimiterEndsPart) return null;
        _lookbehind[_delimiterLength] = _afterDelimiter;
        return FromLookbehind(ref piece, _delimiterLength + 1);
    }

    private static MultiPartEvent FromLookbehind(ref Piece piece, int length)
    {
        piece.Start = 0;
        piece.Length = length;
        piece.FromLookbehind = true;
        return MultiPartEvent.Data;
    }

    private MultiPartEvent? Close()
    {
        _state = State.Epilogue;
        return MultiPartEvent.End;
    }

    /// <summary>The epilogue after the closing delimiter is ignored, as RFC 2046 allows.</summary>
    private static MultiPartEvent? SkipEpilogue(ReadOnlySpan<byte> chunk, ref int offset)
    {
        offset = chunk.Length;
        return MultiPartEvent.NeedMoreData;
    }
}

using System.Buffers;
using System.Globalization;
using System.Text;
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
internal sealed class MultiPartReader : IDisposable
{
    /// <summary>The longest boundary accepted, as python-multipart (RFC 2046 asks for at most 70).</summary>
    public const int MaxBoundaryLength = 256;

    private const int MaxHeaderCount = 8;
    private const int MaxHeaderLineSize = 4096 + 128;

    private static readonly SearchValues<byte> TokenChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+-.^_`|~"u8);

    private static readonly SearchValues<byte> LineBreaks = SearchValues.Create("\r\n"u8);

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
        start = 0;
        length = 0;
        fromLookbehind = false;
        while (true)
        {
            switch (_state)
            {
                case State.Preamble or State.PartData:
                {
                    var isContent = _state == State.PartData;
                    if (offset == chunk.Length) return MultiPartEvent.NeedMoreData;
                    if (!isContent && !_preambleHasContent) _preambleHasContent = chunk[offset..].IndexOfAnyExcept(LineBreaks) >= 0;
                    if (_matched > 0)
                    {
                        // A delimiter began in an earlier chunk (or at the body's start): go on matching it.
                        var count = Math.Min(_delimiterLength - _matched, chunk.Length - offset);
                        var common = chunk.Slice(offset, count).CommonPrefixLength(Delimiter.Slice(_matched, count));
                        offset += common;
                        if (common == count)
                        {
                            _matched += count;
                            if (_matched < _delimiterLength) return MultiPartEvent.NeedMoreData;
                            _matched = 0;
                            _delimiterEndsPart = isContent;
                            _state = State.AfterDelimiter;
                            continue;
                        }

                        // Not a delimiter after all: what matched is content (a CR only starts a delimiter, so the
                        // mismatching byte is looked at afresh).
                        length = _matched + common;
                        _matched = 0;
                        if (!isContent) continue;
                        fromLookbehind = true;
                        return MultiPartEvent.Data;
                    }

                    var rest = chunk[offset..];
                    var index = rest.IndexOf(Delimiter);
                    if (index == 0)
                    {
                        offset += _delimiterLength;
                        _delimiterEndsPart = isContent;
                        _state = State.AfterDelimiter;
                        continue;
                    }

                    int end;
                    if (index > 0)
                    {
                        end = index;
                        offset += index;
                    }
                    else
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

                        offset = chunk.Length;
                    }

                    if (!isContent || end == 0) continue;
                    start = offset - (index > 0 ? index : rest.Length);
                    length = end;
                    return MultiPartEvent.Data;
                }

                case State.AfterDelimiter:
                {
                    if (offset == chunk.Length) return MultiPartEvent.NeedMoreData;
                    var b = chunk[offset];
                    if (b is (byte)'\r' or (byte)'-')
                    {
                        _afterDelimiter = b;
                        offset++;
                        _state = State.AfterDelimiterSecond;
                        continue;
                    }

                    // CRLF--boundary followed by anything else is content; this byte is looked at afresh.
                    _state = _delimiterEndsPart ? State.PartData : State.Preamble;
                    if (!_delimiterEndsPart) continue;
                    length = _delimiterLength;
                    fromLookbehind = true;
                    return MultiPartEvent.Data;
                }

                case State.AfterDelimiterSecond:
                {
                    if (offset == chunk.Length) return MultiPartEvent.NeedMoreData;
                    var b = chunk[offset];
                    if (_afterDelimiter == '\r' && b == '\n')
                    {
                        offset++;
                        BeginPart();
                        if (_delimiterEndsPart) return MultiPartEvent.PartEnd;
                        continue;
                    }

                    if (_afterDelimiter == '-' && b == '-')
                    {
                        offset++;
                        if (_delimiterEndsPart)
                        {
                            _state = State.ClosePending;
                            return MultiPartEvent.PartEnd;
                        }

                        _state = State.Epilogue;
                        return MultiPartEvent.End;
                    }

                    _state = _delimiterEndsPart ? State.PartData : State.Preamble;
                    if (!_delimiterEndsPart) continue;
                    _lookbehind[_delimiterLength] = _afterDelimiter;
                    length = _delimiterLength + 1;
                    fromLookbehind = true;
                    return MultiPartEvent.Data;
                }

                case State.HeaderLine:
                {
                    if (offset == chunk.Length) return MultiPartEvent.NeedMoreData;
                    var rest = chunk[offset..];
                    var cr = rest.IndexOf((byte)'\r');
                    var take = cr < 0 ? rest.Length : cr;
                    if (_lineLength + take > MaxHeaderLineSize) throw new MultiPartException("Maximum header size exceeded.");
                    _line ??= ArrayPool<byte>.Shared.Rent(MaxHeaderLineSize);
                    rest[..take].CopyTo(_line.AsSpan(_lineLength));
                    _lineLength += take;
                    offset += take;
                    if (cr < 0) return MultiPartEvent.NeedMoreData;
                    offset++;
                    _state = State.HeaderLineFeed;
                    continue;
                }

                case State.HeaderLineFeed:
                {
                    if (offset == chunk.Length) return MultiPartEvent.NeedMoreData;
                    if (chunk[offset] != '\n') throw new MultiPartException("Did not find LF at the end of a part header line.");
                    offset++;
                    if (_lineLength == 0)
                    {
                        _state = State.PartData;
                        return MultiPartEvent.HeadersComplete;
                    }

                    AddHeader(_line.AsSpan(0, _lineLength));
                    _lineLength = 0;
                    _state = State.HeaderLine;
                    continue;
                }

                case State.ClosePending:
                    _state = State.Epilogue;
                    return MultiPartEvent.End;

                default:
                    // The epilogue after the closing delimiter is ignored, as RFC 2046 allows.
                    offset = chunk.Length;
                    return MultiPartEvent.NeedMoreData;
            }
        }
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

    private void BeginPart()
    {
        _state = State.HeaderLine;
        _lineLength = 0;
        _headerCount = 0;
        _headers = null;
    }

    private void AddHeader(ReadOnlySpan<byte> line)
    {
        if (++_headerCount > MaxHeaderCount) throw new MultiPartException("Maximum header count exceeded.");
        var colon = line.IndexOf((byte)':');
        var name = colon < 0 ? line : line[..colon];
        var invalid = name.IndexOfAnyExcept(TokenChars);
        if (invalid >= 0)
        {
            throw new MultiPartException(string.Create(
                CultureInfo.InvariantCulture, $"Found invalid character {Describe(name[invalid])} in a part header name."));
        }

        if (colon < 0) throw new MultiPartException("Found a part header line without a colon.");
        if (colon == 0) throw new MultiPartException("Found a part header with an empty name.");
        var value = line[(colon + 1)..].TrimStart(" \t"u8);
        (_headers ??= []).Add(new HttpHeader(HeaderName(name), Encoding.Latin1.GetString(value)));
    }

    private static string HeaderName(ReadOnlySpan<byte> name)
    {
        if (Ascii.EqualsIgnoreCase(name, "content-disposition"u8)) return "content-disposition";
        if (Ascii.EqualsIgnoreCase(name, "content-type"u8)) return "content-type";
        return string.Create(name.Length, name, static (chars, bytes) => Ascii.ToLower(bytes, chars, out _));
    }

    private static string Describe(byte b) =>
        b is >= 0x20 and < 0x7F ? $"'{(char)b}'" : string.Create(CultureInfo.InvariantCulture, $"0x{b:X2}");
}

using System.Buffers;
using System.Globalization;
using System.Text;
using Starlette.Types;

namespace Starlette.Requests;

/// <summary>The reader's header states: a part's header lines, each ended by CRLF, until an empty one.</summary>
internal sealed partial class MultiPartReader
{
    private static readonly SearchValues<byte> TokenChars =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!#$%&'*+-.^_`|~"u8);

    private MultiPartEvent? ReadHeaderLine(ReadOnlySpan<byte> chunk, ref int offset)
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
        return null;
    }

    private MultiPartEvent? ReadHeaderLineFeed(ReadOnlySpan<byte> chunk, ref int offset)
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
        return null;
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

using System.Globalization;
using Starlette.Common;
using Starlette.Datastructures;

namespace Starlette.Requests;

/// <summary>
/// The streaming <c>application/x-www-form-urlencoded</c> state machine behind <see cref="FormParser"/>: fields
/// split on <c>&amp;</c>, a name ends at the first <c>=</c>, a field without <c>=</c> has an empty value, empty
/// fields are skipped. Chunks may split a field anywhere; only the current field is buffered, and never beyond
/// <see cref="FormParserOptions.MaxPartSize"/>.
/// </summary>
internal sealed class UrlEncodedFormReader : IDisposable
{
    private readonly FormParserOptions _options;
    private PooledByteBuffer _name;
    private PooledByteBuffer _value;
    private readonly List<KeyValuePair<string, FormValue>> _items = [];
    private State _state;
    private int _fieldSize;
    private int _fields;

    public UrlEncodedFormReader(FormParserOptions options) => _options = options;

    private enum State
    {
        BeforeField,
        Name,
        Value,
    }

    public void Write(ReadOnlySpan<byte> chunk)
    {
        var i = 0;
        while (i < chunk.Length)
        {
            switch (_state)
            {
                case State.BeforeField:
                    if (chunk[i] == '&')
                    {
                        i++;
                        continue;
                    }

                    _name.Clear();
                    _value.Clear();
                    _fieldSize = 0;
                    _state = State.Name;
                    break;

                case State.Name:
                {
                    var rest = chunk[i..];
                    var ampersand = rest.IndexOf((byte)'&');
                    var equals = (ampersand < 0 ? rest : rest[..ampersand]).IndexOf((byte)'=');
                    if (equals >= 0)
                    {
                        Append(ref _name, rest[..equals]);
                        i += equals + 1;
                        _state = State.Value;
                    }
                    else if (ampersand >= 0)
                    {
                        Append(ref _name, rest[..ampersand]);
                        EndField();
                        i += ampersand;
                    }
                    else
                    {
                        Append(ref _name, rest);
                        i = chunk.Length;
                    }

                    break;
                }

                case State.Value:
                {
                    var rest = chunk[i..];
                    var ampersand = rest.IndexOf((byte)'&');
                    if (ampersand >= 0)
                    {
                        Append(ref _value, rest[..ampersand]);
                        EndField();
                        i += ampersand;
                    }
                    else
                    {
                        Append(ref _value, rest);
                        i = chunk.Length;
                    }

                    break;
                }
            }
        }
    }

    /// <summary>Ends the body: a field in progress ends too.</summary>
    public FormData Complete()
    {
        if (_state != State.BeforeField) EndField();
        return new FormData(_items);
    }

    public void Dispose()
    {
        _name.Dispose();
        _value.Dispose();
    }

    private void Append(ref PooledByteBuffer buffer, ReadOnlySpan<byte> data)
    {
        _fieldSize += data.Length;
        if (_fieldSize > _options.MaxPartSize || _fieldSize < 0)
        {
            throw new MultiPartException(string.Create(
                CultureInfo.InvariantCulture, $"Field exceeded maximum size of {_options.MaxPartSize / 1024}KB."));
        }

        buffer.Write(data);
    }

    private void EndField()
    {
        _state = State.BeforeField;
        if (++_fields > _options.MaxFields)
        {
            throw new MultiPartException(string.Create(
                CultureInfo.InvariantCulture, $"Too many fields. Maximum number of fields is {_options.MaxFields}."));
        }

        _items.Add(new(FormUrlDecoder.Decode(_name.WrittenSpan), FormUrlDecoder.Decode(_value.WrittenSpan)));
    }
}

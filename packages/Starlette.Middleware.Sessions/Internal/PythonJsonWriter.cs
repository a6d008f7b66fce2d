using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Starlette.Common;

namespace Starlette.Middleware.Sessions.Internal;

/// <summary>
/// Writes JSON byte for byte as Python's <c>json.dumps</c> does with its defaults: <c>", "</c> and <c>": "</c>
/// separators, every character outside printable ASCII escaped as <c>\uxxxx</c> (lowercase hex, surrogate pairs
/// for astral characters), <c>\" \\ \n \r \t \b \f</c> short escapes, floats as <c>repr</c> (<see cref="PythonFloat"/>).
/// </summary>
internal static class PythonJsonWriter
{
    private const int MaxDepth = 1000;
    private static readonly byte[] Hex = "0123456789abcdef"u8.ToArray();

    public static void WriteObject(ref PooledByteBuffer output, IEnumerable<KeyValuePair<string, object?>> entries, int depth = 0)
    {
        output.Write((byte)'{');
        var first = true;
        foreach (var (key, value) in entries)
        {
            WriteSeparator(ref output, ref first);
            WriteString(ref output, key);
            output.Write(": "u8);
            WriteValue(ref output, value, depth + 1);
        }

        output.Write((byte)'}');
    }

    public static void WriteValue(ref PooledByteBuffer output, object? value, int depth)
    {
        if (depth > MaxDepth) throw new InvalidOperationException("The session is nested too deeply, or refers to itself.");
        switch (value)
        {
            case null:
                output.Write("null"u8);
                break;
            case string text:
                WriteString(ref output, text);
                break;
            case bool flag:
                output.Write(flag ? "true"u8 : "false"u8);
                break;
            case sbyte or byte or short or ushort or int or uint or long or ulong:
                WriteInteger(ref output, (IUtf8SpanFormattable)value);
                break;
            case BigInteger number:
                output.Write(Encoding.ASCII.GetBytes(number.ToString(CultureInfo.InvariantCulture)));
                break;
            case double number:
                WriteFloat(ref output, number);
                break;
            case float number:
                WriteFloat(ref output, number);
                break;
            case decimal number:
                WriteFloat(ref output, (double)number);
                break;
            case JsonElement element:
                WriteElement(ref output, element, depth);
                break;
            case JsonNode node:
                WriteNode(ref output, node, depth);
                break;
            case IEnumerable<KeyValuePair<string, object?>> entries:
                WriteObject(ref output, entries, depth);
                break;
            case IDictionary dictionary:
                WriteDictionary(ref output, dictionary, depth);
                break;
            case IEnumerable items:
                WriteArray(ref output, items, depth);
                break;
            default:
                throw new NotSupportedException($"Object of type {value.GetType()} is not JSON serializable.");
        }
    }

    private static void WriteDictionary(ref PooledByteBuffer output, IDictionary dictionary, int depth)
    {
        output.Write((byte)'{');
        var first = true;
        foreach (DictionaryEntry entry in dictionary)
        {
            if (entry.Key is not string key) throw new NotSupportedException($"Session dictionary keys must be strings, not {entry.Key.GetType()}.");
            WriteSeparator(ref output, ref first);
            WriteString(ref output, key);
            output.Write(": "u8);
            WriteValue(ref output, entry.Value, depth + 1);
        }

        output.Write((byte)'}');
    }

    private static void WriteArray(ref PooledByteBuffer output, IEnumerable items, int depth)
    {
        output.Write((byte)'[');
        var first = true;
        foreach (var item in items)
        {
            WriteSeparator(ref output, ref first);
            WriteValue(ref output, item, depth + 1);
        }

        output.Write((byte)']');
    }

    private static void WriteNode(ref PooledByteBuffer output, JsonNode node, int depth)
    {
        switch (node)
        {
            case JsonObject obj:
            {
                output.Write((byte)'{');
                var first = true;
                foreach (var (key, child) in obj)
                {
                    WriteSeparator(ref output, ref first);
                    WriteString(ref output, key);
                    output.Write(": "u8);
                    WriteValue(ref output, child, depth + 1);
                }

                output.Write((byte)'}');
                break;
            }

            case JsonArray array:
            {
                output.Write((byte)'[');
                var first = true;
                foreach (var child in array)
                {
                    WriteSeparator(ref output, ref first);
                    WriteValue(ref output, child, depth + 1);
                }

                output.Write((byte)']');
                break;
            }

            default:
                var value = node.AsValue();
                if (value.TryGetValue<object>(out var raw) && raw is not JsonNode && SessionValues.IsSupported(raw))
                {
                    WriteValue(ref output, raw, depth);
                }
                else
                {
                    // A value of another type (a char, a date, ...): write what System.Text.Json makes of it.
                    using var document = JsonDocument.Parse(node.ToJsonString());
                    WriteElement(ref output, document.RootElement, depth);
                }

                break;
        }
    }

    private static void WriteElement(ref PooledByteBuffer output, JsonElement element, int depth)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
            {
                output.Write((byte)'{');
                var first = true;
                foreach (var property in element.EnumerateObject())
                {
                    WriteSeparator(ref output, ref first);
                    WriteString(ref output, property.Name);
                    output.Write(": "u8);
                    WriteValue(ref output, property.Value, depth + 1);
                }

                output.Write((byte)'}');
                break;
            }

            case JsonValueKind.Array:
            {
                output.Write((byte)'[');
                var first = true;
                foreach (var item in element.EnumerateArray())
                {
                    WriteSeparator(ref output, ref first);
                    WriteValue(ref output, item, depth + 1);
                }

                output.Write((byte)']');
                break;
            }

            case JsonValueKind.String:
                WriteString(ref output, element.GetString()!);
                break;
            case JsonValueKind.Number:
                WriteValue(ref output, SessionJsonReader.ParseNumber(Encoding.ASCII.GetBytes(element.GetRawText())), depth);
                break;
            case JsonValueKind.True:
                output.Write("true"u8);
                break;
            case JsonValueKind.False:
                output.Write("false"u8);
                break;
            default:
                output.Write("null"u8);
                break;
        }
    }

    // json.dumps writes NaN and the infinities as JavaScript spells them, every other float as repr() does.
    private static void WriteFloat(ref PooledByteBuffer output, double value)
    {
        if (double.IsNaN(value)) output.Write("NaN"u8);
        else if (double.IsInfinity(value)) output.Write(value > 0 ? "Infinity"u8 : "-Infinity"u8);
        else
        {
            Span<char> text = stackalloc char[PythonFloat.MaxLength];
            var length = PythonFloat.Format(value, text);
            var bytes = output.GetSpan(length);
            for (var i = 0; i < length; i++) bytes[i] = (byte)text[i];
            output.Advance(length);
        }
    }

    private static void WriteSeparator(ref PooledByteBuffer output, ref bool first)
    {
        if (first) first = false;
        else output.Write(", "u8);
    }

    private static void WriteInteger<T>(ref PooledByteBuffer output, T number)
        where T : IUtf8SpanFormattable
    {
        var span = output.GetSpan(24);
        number.TryFormat(span, out var written, default, CultureInfo.InvariantCulture);
        output.Advance(written);
    }

    private static void WriteString(ref PooledByteBuffer output, string text)
    {
        output.Write((byte)'"');
        var span = text.AsSpan();
        while (!span.IsEmpty)
        {
            // Copy the run of characters that need no escape in one go.
            var run = 0;
            while (run < span.Length && span[run] is >= ' ' and <= '~' and not '"' and not '\\') run++;
            if (run > 0)
            {
                var destination = output.GetSpan(run);
                for (var i = 0; i < run; i++) destination[i] = (byte)span[i];
                output.Advance(run);
                span = span[run..];
                continue;
            }

            WriteEscape(ref output, span[0]);
            span = span[1..];
        }

        output.Write((byte)'"');
    }

    private static void WriteEscape(ref PooledByteBuffer output, char c)
    {
        switch (c)
        {
            case '"':
                output.Write("\\\""u8);
                return;
            case '\\':
                output.Write("\\\\"u8);
                return;
            case '\n':
                output.Write("\\n"u8);
                return;
            case '\r':
                output.Write("\\r"u8);
                return;
            case '\t':
                output.Write("\\t"u8);
                return;
            case '\b':
                output.Write("\\b"u8);
                return;
            case '\f':
                output.Write("\\f"u8);
                return;
        }

        var escape = output.GetSpan(6);
        escape[0] = (byte)'\\';
        escape[1] = (byte)'u';
        escape[2] = Hex[c >> 12];
        escape[3] = Hex[(c >> 8) & 0xf];
        escape[4] = Hex[(c >> 4) & 0xf];
        escape[5] = Hex[c & 0xf];
        output.Advance(6);
    }
}

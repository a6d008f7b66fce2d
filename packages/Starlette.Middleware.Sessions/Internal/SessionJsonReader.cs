using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Starlette.Middleware.Sessions.Internal;

/// <summary>
/// Reads a session's JSON as Python's <c>json.loads</c> types it: integers as <see cref="long"/> (or
/// <see cref="BigInteger"/> beyond), numbers with a fraction or exponent as <see cref="double"/>, nested objects and
/// lists as <see cref="JsonObject"/> and <see cref="JsonArray"/>; a repeated key keeps its first place and last value.
/// Python's <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c> literals are read too.
/// </summary>
internal static class SessionJsonReader
{
    private static readonly JsonReaderOptions Options = new() { MaxDepth = 512 };

    // System.Text.Json refuses Python's NaN and infinity literals: a second pass reads them rewritten as numbers
    // that overflow to infinity, and NaN as a literal no JSON writer produces (honoured in that pass only).
    private static ReadOnlySpan<byte> NaNStandIn => "0e99999"u8;

    private static ReadOnlySpan<byte> InfinityStandIn => "1e99999"u8;

    /// <summary>Reads a JSON object; <see langword="false"/> for anything else or malformed JSON. Never throws.</summary>
    public static bool TryRead(ReadOnlySpan<byte> json, [NotNullWhen(true)] out OrderedDictionary<string, object?>? entries)
    {
        if (TryRead(json, nonFinite: false, out entries)) return true;
        if (json.IndexOfAny((byte)'N', (byte)'I') < 0) return false;
        var rewritten = RewriteNonFinite(json);
        return rewritten is not null && TryRead(rewritten, nonFinite: true, out entries);
    }

    private static bool TryRead(ReadOnlySpan<byte> json, bool nonFinite, [NotNullWhen(true)] out OrderedDictionary<string, object?>? entries)
    {
        entries = null;
        try
        {
            var reader = new Utf8JsonReader(json, Options);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return false;
            var read = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var key = reader.GetString()!;
                reader.Read();
                read[key] = ReadValue(ref reader, nonFinite);
            }

            if (reader.Read()) return false;
            entries = read;
            return true;
        }
        catch (Exception error) when (error is JsonException or InvalidOperationException or FormatException or OverflowException)
        {
            return false;
        }
    }

    /// <summary>A JSON number as Python types it: <see cref="long"/>, <see cref="BigInteger"/> or <see cref="double"/>.</summary>
    public static object ParseNumber(ReadOnlySpan<byte> literal)
    {
        if (literal.IndexOfAny((byte)'.', (byte)'e', (byte)'E') >= 0)
            return double.Parse(literal, NumberStyles.Float, CultureInfo.InvariantCulture);
        if (long.TryParse(literal, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)) return number;
        return BigInteger.Parse(Encoding.ASCII.GetString(literal), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
    }

    private static object? ReadValue(ref Utf8JsonReader reader, bool nonFinite) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Number => ReadNumber(ref reader, nonFinite),
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        JsonTokenType.StartObject => ReadObject(ref reader, nonFinite),
        JsonTokenType.StartArray => ReadArray(ref reader, nonFinite),
        _ => null,
    };

    private static object ReadNumber(ref Utf8JsonReader reader, bool nonFinite) =>
        nonFinite && reader.ValueSpan.SequenceEqual(NaNStandIn) ? double.NaN : ParseNumber(reader.ValueSpan);

    private static JsonNode? ReadNode(ref Utf8JsonReader reader, bool nonFinite) => reader.TokenType switch
    {
        JsonTokenType.String => JsonValue.Create(reader.GetString()),
        JsonTokenType.Number => ReadNumber(ref reader, nonFinite) switch
        {
            long number => JsonValue.Create(number),
            double number => JsonValue.Create(number),
            _ => JsonValue.Create(JsonElement.ParseValue(ref reader)),
        },
        JsonTokenType.True => JsonValue.Create(true),
        JsonTokenType.False => JsonValue.Create(false),
        JsonTokenType.StartObject => ReadObject(ref reader, nonFinite),
        JsonTokenType.StartArray => ReadArray(ref reader, nonFinite),
        _ => null,
    };

    private static JsonObject ReadObject(ref Utf8JsonReader reader, bool nonFinite)
    {
        var obj = new JsonObject();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            reader.Read();
            obj[key] = ReadNode(ref reader, nonFinite);
        }

        return obj;
    }

    private static JsonArray ReadArray(ref Utf8JsonReader reader, bool nonFinite)
    {
        var array = new JsonArray();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray) array.Add(ReadNode(ref reader, nonFinite));
        return array;
    }

    /// <summary>Replaces <c>NaN</c>, <c>Infinity</c> and <c>-Infinity</c> outside strings by stand-ins; null when there are none.</summary>
    private static byte[]? RewriteNonFinite(ReadOnlySpan<byte> json)
    {
        var output = new List<byte>(json.Length + 16);
        var replaced = false;
        var inString = false;
        for (var i = 0; i < json.Length; i++)
        {
            var b = json[i];
            if (inString)
            {
                output.Add(b);
                if (b == (byte)'\\' && i + 1 < json.Length) output.Add(json[++i]);
                else if (b == (byte)'"') inString = false;
                continue;
            }

            if (b == (byte)'"') inString = true;
            var rest = json[i..];
            if (rest.StartsWith("NaN"u8))
            {
                output.AddRange(NaNStandIn);
                i += 2;
                replaced = true;
            }
            else if (rest.StartsWith("Infinity"u8))
            {
                output.AddRange(InfinityStandIn);
                i += 7;
                replaced = true;
            }
            else
            {
                output.Add(b);
            }
        }

        return replaced ? [.. output] : null;
    }
}

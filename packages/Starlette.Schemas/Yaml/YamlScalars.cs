using System.Collections;
using System.Globalization;
using System.Numerics;
using System.Text;
using Starlette.Common;

namespace Starlette.Schemas.Internal;

/// <summary>
/// How <see cref="YamlWriter"/> sees a value of the tree: a scalar's text (and whether it reads back as the same
/// type when written plain), a mapping's entries, or otherwise a sequence.
/// </summary>
internal static class YamlScalars
{
    /// <summary>The text of a scalar value; null for a dictionary or list.</summary>
    /// <exception cref="ArgumentException">The value is neither a supported scalar, a dictionary nor an enumerable.</exception>
    public static (string Text, bool PlainImplicit)? Text(object? data) => data switch
    {
        null => ("null", true),
        string text => Str(text),
        bool flag => (flag ? "true" : "false", true),
        char c => Str(c.ToString()),
        int or long or short or sbyte or byte or ushort or uint or ulong or BigInteger or Int128 or UInt128 =>
            (((IFormattable)data).ToString(null, CultureInfo.InvariantCulture), true),
        double or float or decimal or Half => (Float(Convert.ToDouble(data, CultureInfo.InvariantCulture)), true),
        DateOnly date => (date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), true),
        DateTime time => (Timestamp(time, time.Kind == DateTimeKind.Utc ? TimeSpan.Zero : null), true),
        DateTimeOffset time => (Timestamp(time.DateTime, time.Offset), true),
        Enum or Guid or Uri => Str(data.ToString()!),
        IEnumerable => null,
        _ => throw new ArgumentException($"cannot represent an object: {data} (of type {data.GetType()})", nameof(data)),
    };

    /// <summary>A mapping's entries, in its own order; null when <paramref name="data"/> is not a dictionary.</summary>
    public static List<KeyValuePair<object, object?>>? Entries(object data)
    {
        if (data is IReadOnlyDictionary<string, object?> readOnly) return readOnly.Select(e => new KeyValuePair<object, object?>(e.Key, e.Value)).ToList();
        if (data is not IDictionary dictionary) return null;
        var entries = new List<KeyValuePair<object, object?>>(dictionary.Count);
        var enumerator = dictionary.GetEnumerator();
        while (enumerator.MoveNext()) entries.Add(new(enumerator.Key, enumerator.Value));
        return entries;
    }

    private static (string, bool) Str(string text) => (text, YamlResolver.ResolvePlain(text) == YamlResolver.StrTag);

    /// <summary>A float as YAML 1.1 reads it back (a dot or an exponent with a dot; <c>.nan</c>, <c>.inf</c>).</summary>
    private static string Float(double value)
    {
        if (double.IsNaN(value)) return ".nan";
        if (double.IsPositiveInfinity(value)) return ".inf";
        if (double.IsNegativeInfinity(value)) return "-.inf";
        var repr = PythonFloat.Repr(value).ToLowerInvariant();
        return !repr.Contains('.', StringComparison.Ordinal) && repr.Contains('e', StringComparison.Ordinal) ? repr.Replace("e", ".0e", StringComparison.Ordinal) : repr;
    }

    /// <summary>A YAML 1.1 timestamp (<c>2001-12-14 21:59:43.100000-05:00</c>).</summary>
    private static string Timestamp(DateTime time, TimeSpan? offset)
    {
        var text = new StringBuilder(time.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        var microseconds = (time.Ticks % TimeSpan.TicksPerSecond) / 10;
        if (microseconds != 0) text.Append('.').Append(microseconds.ToString("000000", CultureInfo.InvariantCulture));
        // DateTimeOffset offsets are whole minutes.
        if (offset is { } zone) text.Append(zone < TimeSpan.Zero ? '-' : '+').Append(zone.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture));

        return text.ToString();
    }
}

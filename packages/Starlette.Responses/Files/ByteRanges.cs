using System.Globalization;

namespace Starlette.Responses;

/// <summary>Parses a <c>Range</c> header with upstream's rules (RFC 9110 byte ranges, lenient about junk parts).</summary>
internal static class ByteRanges
{
    public const int MaxRanges = 100;

    /// <summary>A header that is not a usable range request: answered 400 with <see cref="Exception.Message"/>.</summary>
    public sealed class MalformedException(string message = "Malformed range header.") : Exception(message);

    /// <summary>A range outside the file: answered 416.</summary>
    public sealed class NotSatisfiableException : Exception;

    /// <summary>More than <see cref="MaxRanges"/> ranges: the range is ignored and the whole file sent (upstream 1.5.1).</summary>
    public sealed class TooManyException : Exception;

    /// <summary>Returns the ranges as [start, end) pairs, merged when they overlap (and sorted) if there are several.</summary>
    public static List<(long Start, long End)> Parse(string header, long size)
    {
        var equals = header.IndexOf('=', StringComparison.Ordinal);
        if (equals < 0) throw new MalformedException();
        if (!header[..equals].Trim().Equals("bytes", StringComparison.OrdinalIgnoreCase)) throw new MalformedException("Only support bytes range");

        var ranges = ParseParts(header[(equals + 1)..], size);
        if (ranges.Count == 0) throw new MalformedException("Range header: range must be requested");
        if (ranges.Count > MaxRanges) throw new TooManyException();
        if (ranges.Any(r => r.Start < 0 || r.Start >= size)) throw new NotSatisfiableException();
        // An empty range (bytes=5-4 is [5, 5)) is as inverted as bytes=5-3 (upstream 1.5.1).
        if (ranges.Any(r => r.Start >= r.End)) throw new MalformedException("Range header: start must be less than end");
        if (ranges.Count == 1) return ranges;

        ranges.Sort();
        var merged = new List<(long Start, long End)> { ranges[0] };
        foreach (var (start, end) in ranges.Skip(1))
        {
            var (lastStart, lastEnd) = merged[^1];
            if (start <= lastEnd) merged[^1] = (lastStart, Math.Max(lastEnd, end));
            else merged.Add((start, end));
        }

        return merged;
    }

    private static List<(long Start, long End)> ParseParts(string spec, long size)
    {
        var ranges = new List<(long, long)>();
        foreach (var raw in spec.Split(','))
        {
            // One past the cap is enough to know the request is over it.
            if (ranges.Count > MaxRanges) break;
            var part = raw.Trim();
            var dash = part.IndexOf('-', StringComparison.Ordinal);
            if (part.Length == 0 || part == "-" || dash < 0) continue;
            var startText = part[..dash].Trim();
            var endText = part[(dash + 1)..].Trim();
            if (!TryInt(startText, out var start) || !TryInt(endText, out var end)) continue;
            if (start is null && end is null) continue;

            var first = start ?? Math.Max(size - end!.Value, 0);
            var last = start is not null && end is not null && end < size ? end.Value + 1 : size;
            ranges.Add((first, last));
        }

        return ranges;
    }

    // Python's int(): optional sign, digits; an empty text is "absent".
    private static bool TryInt(string text, out long? value)
    {
        value = null;
        if (text.Length == 0) return true;
        if (!long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed)) return false;
        value = parsed;
        return true;
    }
}

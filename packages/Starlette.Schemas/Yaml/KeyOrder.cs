using System.Numerics;

namespace Starlette.Schemas.Internal;

/// <summary>
/// The order <c>yaml.dump</c> writes mapping keys in: Python's <c>sorted()</c> when the keys are comparable (all
/// strings, all numbers, or all of one comparable type), otherwise the mapping's own order.
/// </summary>
internal static class KeyOrder
{
    public static List<KeyValuePair<object, object?>> Sorted(List<KeyValuePair<object, object?>> entries)
    {
        if (entries.Count < 2) return entries;
        Comparison<object>? compare = null;
        if (entries.TrueForAll(e => e.Key is string)) compare = (a, b) => string.CompareOrdinal((string)a, (string)b);
        else if (entries.TrueForAll(e => IsInteger(e.Key))) compare = (a, b) => ToBigInteger(a).CompareTo(ToBigInteger(b));
        else if (entries.TrueForAll(e => IsInteger(e.Key) || e.Key is double or float or decimal)) compare = (a, b) => ToDouble(a).CompareTo(ToDouble(b));
        else if (entries.TrueForAll(e => e.Key is IComparable && e.Key.GetType() == entries[0].Key.GetType())) compare = Comparer<object>.Default.Compare;
        if (compare is null) return entries;

        var sorted = new List<KeyValuePair<object, object?>>(entries);
        // List.Sort is not stable, but keys of one mapping are distinct.
        sorted.Sort((x, y) => compare(x.Key, y.Key));
        return sorted;
    }

    private static bool IsInteger(object key) => key is bool or int or long or short or sbyte or byte or ushort or uint or ulong or BigInteger;

    private static BigInteger ToBigInteger(object key) => key switch
    {
        bool flag => flag ? BigInteger.One : BigInteger.Zero,
        BigInteger big => big,
        ulong big => big,
        _ => Convert.ToInt64(key, System.Globalization.CultureInfo.InvariantCulture),
    };

    private static double ToDouble(object key) => key is bool flag ? (flag ? 1 : 0) : key is BigInteger big ? (double)big : Convert.ToDouble(key, System.Globalization.CultureInfo.InvariantCulture);
}

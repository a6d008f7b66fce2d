using System.Globalization;

namespace Starlette.Broadcast.Postgres;

public sealed partial class PostgresBroadcastBackend
{
    /// <inheritdoc />
    /// <remarks>Ids are the history table's row ids, in the order they were given.</remarks>
    public int? CompareIds(string x, string y) =>
        long.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var a)
        && long.TryParse(y, NumberStyles.None, CultureInfo.InvariantCulture, out var b)
            ? a.CompareTo(b)
            : null;
}

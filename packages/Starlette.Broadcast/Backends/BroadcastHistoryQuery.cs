namespace Starlette.Broadcast;

/// <summary>Which part of a channel's history to read.</summary>
/// <param name="After">
/// Read the messages after this id (exclusive), oldest first; <see langword="null"/> to read the last
/// <paramref name="Limit"/> messages instead.
/// </param>
/// <param name="Limit">The most messages to return.</param>
public readonly record struct BroadcastHistoryQuery(string? After, int Limit)
{
    /// <summary>The last <paramref name="count"/> messages.</summary>
    /// <param name="count">How many.</param>
    /// <returns>The query.</returns>
    public static BroadcastHistoryQuery Last(int count) => new(null, count);

    /// <summary>The messages after <paramref name="id"/>, at most <paramref name="limit"/>.</summary>
    /// <param name="id">The last id already seen.</param>
    /// <param name="limit">The most messages to return.</param>
    /// <returns>The query.</returns>
    public static BroadcastHistoryQuery AfterId(string id, int limit) => new(id ?? throw new ArgumentNullException(nameof(id)), limit);
}

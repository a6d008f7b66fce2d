namespace Starlette.Broadcast;

/// <summary>Messages read from a channel's history, oldest first.</summary>
/// <param name="Messages">The messages.</param>
/// <param name="MayBeIncomplete">
/// Whether messages after the requested id may be missing because the history no longer reaches back that far (or
/// the limit cut it short).
/// </param>
public sealed record BroadcastHistory(IReadOnlyList<BroadcastMessage> Messages, bool MayBeIncomplete);

using System.Globalization;

namespace Starlette.Broadcast.Postgres.Internal;

/// <summary>
/// A NOTIFY payload: <c>id kind channelLength channel body</c>, separated by single spaces (none before the body).
/// Kind <c>t</c>/<c>b</c> carries the body inline in base64; <c>T</c>/<c>B</c> means the message was too large for
/// a payload (PostgreSQL's limit is 8,000 bytes) and its body is read from the history table.
/// </summary>
internal readonly record struct NotificationPayload(long Id, char Kind, string Channel, string Body)
{
    /// <summary>The largest payload sent inline: below PostgreSQL's 8,000-byte limit with room for the header.</summary>
    public const int MaxInline = 7800;

    public bool IsText => Kind is 't' or 'T';

    public bool Inline => Kind is 't' or 'b';

    public static bool TryParse(string payload, out NotificationPayload parsed)
    {
        parsed = default;
        var parts = payload.Split(' ', 4);
        if (parts.Length != 4 || parts[1].Length != 1 || parts[1][0] is not ('t' or 'b' or 'T' or 'B')) return false;
        if (!long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            || !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var length) || length > parts[3].Length) return false;
        parsed = new NotificationPayload(id, parts[1][0], parts[3][..length], parts[3][length..]);
        return true;
    }

    public BroadcastMessage ToMessage(ReadOnlyMemory<byte> body)
    {
        var id = Id.ToString(CultureInfo.InvariantCulture);
        return IsText ? BroadcastMessage.FromUtf8Text(Channel, id, body) : BroadcastMessage.FromBytes(Channel, id, body);
    }
}

using System.Text;

namespace Starlette.Broadcast;

/// <summary>
/// A message delivered on a channel: its id (given by the backend when it was published, ordered within a channel,
/// usable to resume after it), and its body as text or bytes.
/// </summary>
public sealed class BroadcastMessage
{
    private string? _text;
    private ReadOnlyMemory<byte>? _data;

    private BroadcastMessage(string channel, string id, bool isText, string? text, ReadOnlyMemory<byte>? data)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(id);
        Channel = channel;
        Id = id;
        IsText = isText;
        _text = text;
        _data = data;
    }

    /// <summary>The channel it was published on.</summary>
    public string Channel { get; }

    /// <summary>The id the backend gave it (memory: a per-channel sequence number; Redis: the stream entry id; PostgreSQL: the history row id).</summary>
    public string Id { get; }

    /// <summary>Whether it was published as text.</summary>
    public bool IsText { get; }

    /// <summary>The body as text (a bytes message is decoded as UTF-8, invalid sequences replaced).</summary>
    public string Text => _text ??= Encoding.UTF8.GetString(_data!.Value.Span);

    /// <summary>The body as bytes (a text message is encoded as UTF-8).</summary>
    public ReadOnlyMemory<byte> Data => _data ??= Encoding.UTF8.GetBytes(_text!);

    /// <summary>A text message (for backends).</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="id">The id.</param>
    /// <param name="text">The text.</param>
    /// <returns>The message.</returns>
    public static BroadcastMessage FromText(string channel, string id, string text) =>
        new(channel, id, true, text ?? throw new ArgumentNullException(nameof(text)), null);

    /// <summary>A text message from its UTF-8 bytes (for backends; decoded when <see cref="Text"/> is first read).</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="id">The id.</param>
    /// <param name="utf8">The UTF-8 text; the message keeps the memory.</param>
    /// <returns>The message.</returns>
    public static BroadcastMessage FromUtf8Text(string channel, string id, ReadOnlyMemory<byte> utf8) => new(channel, id, true, null, utf8);

    /// <summary>A bytes message (for backends).</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="id">The id.</param>
    /// <param name="bytes">The bytes; the message keeps the memory.</param>
    /// <returns>The message.</returns>
    public static BroadcastMessage FromBytes(string channel, string id, ReadOnlyMemory<byte> bytes) => new(channel, id, false, null, bytes);

    /// <inheritdoc />
    public override string ToString() => $"{Channel}#{Id}";
}

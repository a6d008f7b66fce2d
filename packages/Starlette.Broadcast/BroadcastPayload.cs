using System.Text;

namespace Starlette.Broadcast;

/// <summary>The body of a message being published: UTF-8 text or bytes.</summary>
public readonly struct BroadcastPayload
{
    private readonly string? text;
    private readonly ReadOnlyMemory<byte> bytes;

    private BroadcastPayload(string? text, ReadOnlyMemory<byte> bytes)
    {
        this.text = text;
        this.bytes = bytes;
    }

    /// <summary>Whether the payload is text (a WebSocket text frame, an SSE data line) rather than bytes.</summary>
    public bool IsText => text is not null;

    /// <summary>The text; <see langword="null"/> for a bytes payload.</summary>
    public string? Text => text;

    /// <summary>A text payload.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The payload.</returns>
    public static BroadcastPayload FromText(string text) => new(text ?? throw new ArgumentNullException(nameof(text)), default);

    /// <summary>A bytes payload. The bytes are copied, so the caller may reuse its buffer once publishing returns.</summary>
    /// <param name="bytes">The bytes.</param>
    /// <returns>The payload.</returns>
    public static BroadcastPayload FromBytes(ReadOnlyMemory<byte> bytes) => new(null, bytes.ToArray());

    /// <summary>The payload as bytes: the UTF-8 encoding of a text payload.</summary>
    /// <returns>The bytes.</returns>
    public ReadOnlyMemory<byte> GetBytes() => text is null ? bytes : Encoding.UTF8.GetBytes(text);

    /// <summary>The message this payload becomes once a backend has given it an id.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="id">The id the backend gave it.</param>
    /// <returns>The message.</returns>
    public BroadcastMessage ToMessage(string channel, string id) =>
        text is null ? BroadcastMessage.FromBytes(channel, id, bytes) : BroadcastMessage.FromText(channel, id, text);
}

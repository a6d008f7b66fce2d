using System.Text;

namespace Starlette.Broadcast;

/// <summary>The body of a message being published: UTF-8 text or bytes.</summary>
public readonly struct BroadcastPayload
{
    private readonly string? _text;
    private readonly ReadOnlyMemory<byte> _bytes;

    private BroadcastPayload(string? text, ReadOnlyMemory<byte> bytes)
    {
        _text = text;
        _bytes = bytes;
    }

    /// <summary>Whether the payload is text (a WebSocket text frame, an SSE data line) rather than bytes.</summary>
    public bool IsText => _text is not null;

    /// <summary>The text; <see langword="null"/> for a bytes payload.</summary>
    public string? Text => _text;

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
    public ReadOnlyMemory<byte> GetBytes() => _text is null ? _bytes : Encoding.UTF8.GetBytes(_text);

    /// <summary>The message this payload becomes once a backend has given it an id.</summary>
    /// <param name="channel">The channel.</param>
    /// <param name="id">The id the backend gave it.</param>
    /// <returns>The message.</returns>
    public BroadcastMessage ToMessage(string channel, string id) =>
        _text is null ? BroadcastMessage.FromBytes(channel, id, _bytes) : BroadcastMessage.FromText(channel, id, _text);
}

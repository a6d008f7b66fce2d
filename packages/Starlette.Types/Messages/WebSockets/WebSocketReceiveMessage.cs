namespace Starlette.Types;

/// <summary><c>websocket.receive</c>: a data message from the client; exactly one of <see cref="Bytes"/> and <see cref="Text"/> is set.</summary>
public sealed class WebSocketReceiveMessage : AsgiMessage
{
    /// <summary>A binary message.</summary>
    /// <param name="bytes">The payload; it belongs to the app once received.</param>
    public WebSocketReceiveMessage(ReadOnlyMemory<byte> bytes) => Bytes = bytes;

    /// <summary>A text message.</summary>
    /// <param name="text">The payload.</param>
    public WebSocketReceiveMessage(string text) => Text = ThrowHelper.IfNull(text);

    /// <inheritdoc />
    public override string Type => MessageTypes.WebSocketReceive;

    /// <summary>The binary payload (<c>bytes</c>), or <see langword="null"/> for a text message.</summary>
    public ReadOnlyMemory<byte>? Bytes { get; }

    /// <summary>The text payload (<c>text</c>), or <see langword="null"/> for a binary message.</summary>
    public string? Text { get; }
}

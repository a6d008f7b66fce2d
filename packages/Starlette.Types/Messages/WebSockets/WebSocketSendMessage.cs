namespace Starlette.Types;

/// <summary><c>websocket.send</c>: a data message to the client; exactly one of <see cref="Bytes"/> and <see cref="Text"/> is set.</summary>
public sealed class WebSocketSendMessage : AsgiMessage
{
    /// <summary>A binary message.</summary>
    /// <param name="bytes">The payload; the host reads it before the send completes.</param>
    public WebSocketSendMessage(ReadOnlyMemory<byte> bytes) => Bytes = bytes;

    /// <summary>A text message.</summary>
    /// <param name="text">The payload.</param>
    public WebSocketSendMessage(string text) => Text = ThrowHelper.IfNull(text);

    /// <inheritdoc />
    public override string Type => MessageTypes.WebSocketSend;

    /// <summary>The binary payload (<c>bytes</c>), or <see langword="null"/> for a text message.</summary>
    public ReadOnlyMemory<byte>? Bytes { get; }

    /// <summary>The text payload (<c>text</c>), or <see langword="null"/> for a binary message.</summary>
    public string? Text { get; }
}

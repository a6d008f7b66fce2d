namespace Starlette;

/// <summary>How a <see cref="WebSocketEndpoint"/> decodes incoming messages (upstream's <c>encoding</c> attribute).</summary>
public enum WebSocketEncoding
{
    /// <summary>No decoding: the text of a text message, else the bytes of a binary one.</summary>
    None = 0,

    /// <summary>Text messages only, passed as <see cref="string"/>; a binary message closes the socket with 1003.</summary>
    Text = 1,

    /// <summary>Binary messages only, passed as <see cref="T:byte[]"/>; a text message closes the socket with 1003.</summary>
    Bytes = 2,

    /// <summary>JSON in text or binary (UTF-8) messages, passed as a <see cref="System.Text.Json.JsonElement"/>;
    /// malformed JSON closes the socket with 1003.</summary>
    Json = 3,
}

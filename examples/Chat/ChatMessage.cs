using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace ChatExample;

/// <summary>A chat message as clients send it and as the broadcast carries it (JSON, written by the server).</summary>
/// <param name="Name">Who wrote it.</param>
/// <param name="Text">What they wrote.</param>
public sealed record ChatMessage(string? Name, string? Text)
{
    /// <summary>The largest message body accepted, in UTF-8 bytes.</summary>
    public const int MaxBytes = 4096;

    /// <summary>The longest text, in characters.</summary>
    public const int MaxTextLength = 500;

    /// <summary>The longest name, in characters.</summary>
    public const int MaxNameLength = 32;

    /// <summary>
    /// Reads and checks a message a client sent: <c>{"name": "...", "text": "..."}</c>, at most
    /// <see cref="MaxBytes"/> bytes, non-empty text of at most <see cref="MaxTextLength"/> characters, a name of at
    /// most <see cref="MaxNameLength"/> (default <c>anonymous</c>). Both are trimmed.
    /// </summary>
    /// <param name="json">The UTF-8 JSON.</param>
    /// <returns>The message, or the problem and its HTTP status.</returns>
    public static (ChatMessage? Message, ChatError? Error) Parse(ReadOnlySpan<byte> json)
    {
        if (json.Length > MaxBytes) return (null, ChatError.TooLarge);
        ChatMessage? input;
        try
        {
            input = JsonSerializer.Deserialize(json, ChatJson.Default.ChatMessage);
        }
        catch (JsonException)
        {
            input = null;
        }

        if (input is null) return (null, new ChatError("""The message is not valid JSON; send {"name": "...", "text": "..."}.""") { Status = 400 });
        var text = input.Text?.Trim() ?? "";
        var name = string.IsNullOrWhiteSpace(input.Name) ? "anonymous" : input.Name.Trim();
        if (text.Length == 0) return (null, new ChatError("The message text is empty.") { Status = 422 });
        if (text.Length > MaxTextLength) return (null, new ChatError($"The message text is longer than {MaxTextLength} characters.") { Status = 422 });
        if (name.Length > MaxNameLength) return (null, new ChatError($"The name is longer than {MaxNameLength} characters.") { Status = 422 });
        return (new ChatMessage(name, text), null);
    }

    /// <summary>Reads and checks a message sent as text (a WebSocket text frame).</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The message, or the problem.</returns>
    public static (ChatMessage? Message, ChatError? Error) Parse(string json) =>
        Encoding.UTF8.GetByteCount(json) > MaxBytes
            ? (null, ChatError.TooLarge)
            : Parse(Encoding.UTF8.GetBytes(json));

    /// <summary>The message as the JSON the broadcast carries.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, ChatJson.Default.ChatMessage);
}

/// <summary>Why a message was refused, sent to its author only.</summary>
/// <param name="Error">The reason, for people.</param>
public sealed record ChatError(string Error)
{
    /// <summary>The HTTP status of the refusal (not serialized).</summary>
    [JsonIgnore]
    public int Status { get; init; } = 400;

    /// <summary>The refusal of a message over <see cref="ChatMessage.MaxBytes"/>: 413.</summary>
    public static ChatError TooLarge { get; } = new($"The message is larger than {ChatMessage.MaxBytes} bytes.") { Status = 413 };

    /// <summary>The refusal as JSON: <c>{"error": "..."}</c>.</summary>
    /// <returns>The JSON text.</returns>
    public string ToJson() => JsonSerializer.Serialize(this, ChatJson.Default.ChatError);
}

/// <summary>A published message's id (the answer to <c>POST /messages</c>).</summary>
/// <param name="Id">The broadcast message id.</param>
public sealed record ChatPublished(string Id);

/// <summary>Source-generated JSON for the chat's records (trim and AOT safe).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ChatMessage))]
[JsonSerializable(typeof(ChatError))]
[JsonSerializable(typeof(ChatPublished))]
public sealed partial class ChatJson : JsonSerializerContext;

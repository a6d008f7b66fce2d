using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Starlette.GraphQL.Subscriptions;

/// <summary>Writes the server's graphql-transport-ws messages.</summary>
internal static class ProtocolMessages
{
    public const string ConnectionAck = """{"type":"connection_ack"}""";
    public const string Pong = """{"type":"pong"}""";

    public static string Next(string id, string executionResultJson) => WithPayload(id, "next", executionResultJson);

    public static string Error(string id, string errorsJson) => WithPayload(id, "error", errorsJson);

    public static string Complete(string id) => WithPayload(id, "complete", null);

    private static string WithPayload(string id, string type, string? payloadJson)
    {
        var buffer = new ArrayBufferWriter<byte>(128 + (payloadJson?.Length ?? 0));
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", id);
            writer.WriteString("type", type);
            if (payloadJson is not null)
            {
                writer.WritePropertyName("payload");
                writer.WriteRawValue(payloadJson, skipInputValidation: true);
            }

            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The <c>errors</c> array of a serialized execution result (an array with one generic error when it has none).</summary>
    public static string ErrorsOf(string executionResultJson)
    {
        using var document = JsonDocument.Parse(executionResultJson);
        return document.RootElement.TryGetProperty("errors", out var errors) && errors.ValueKind == JsonValueKind.Array
            ? errors.GetRawText()
            : ErrorList("The operation produced no result.");
    }

    /// <summary>A one-error <c>errors</c> array.</summary>
    public static string ErrorList(string message)
    {
        var buffer = new ArrayBufferWriter<byte>(64 + message.Length);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            writer.WriteStartObject();
            writer.WriteString("message", message);
            writer.WriteEndObject();
            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}

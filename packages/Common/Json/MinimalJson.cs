using System.Buffers;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Starlette.Common.Json;

/// <summary>
/// Compact JSON that escapes only what JSON requires (<see cref="MinimalJsonEncoder"/>), whatever the options of a
/// <see cref="JsonTypeInfo"/> say: the writer, not the serializer options, decides the escaping.
/// </summary>
internal static partial class MinimalJson
{
    private const int MaxCachedBuffer = 64 * 1024;

    // One writer and buffer per thread, reset after each render, so rendering allocates only the result.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? _threadBuffer;

    [ThreadStatic]
    private static Utf8JsonWriter? _threadWriter;

    public static byte[] Serialize(object? value, JsonTypeInfo typeInfo) =>
        Render((value, typeInfo), static (writer, state) => JsonSerializer.Serialize(writer, state.value, state.typeInfo));

    private static byte[] Render<TState>(TState state, Action<Utf8JsonWriter, TState> write)
    {
        var buffer = _threadBuffer ?? new ArrayBufferWriter<byte>(256);
        var writer = _threadWriter ?? new Utf8JsonWriter(buffer, MinimalJsonEncoder.WriterOptions);
        // Taken off the thread while in use: a converter that renders JSON itself gets a fresh pair.
        _threadBuffer = null;
        _threadWriter = null;
        try
        {
            write(writer, state);
            writer.Flush();
            return buffer.WrittenSpan.ToArray();
        }
        finally
        {
            if (buffer.Capacity <= MaxCachedBuffer)
            {
                buffer.ResetWrittenCount();
                writer.Reset(buffer);
                _threadBuffer = buffer;
                _threadWriter = writer;
            }
        }
    }
}

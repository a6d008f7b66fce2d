using System.Text;

namespace Starlette.Testing.Support;

/// <summary>One part of a multipart body: a text field when <see cref="FileName"/> is <see langword="null"/>.</summary>
/// <param name="Name">The field name.</param>
/// <param name="FileName">The file name, or <see langword="null"/> for a text field.</param>
/// <param name="ContentType">The part's content type, or <see langword="null"/> for none.</param>
/// <param name="Content">The part's content.</param>
public sealed record MultipartPart(string Name, string? FileName, string? ContentType, byte[] Content);

/// <summary>
/// A minimal <c>multipart/form-data</c> writer (RFC 7578) for round-trip tests: names and file names are written
/// with <c>"</c>, CR and LF percent-escaped as browsers do, the content as it is.
/// </summary>
public static class MultipartWriter
{
    /// <summary>Writes <paramref name="parts"/> with <paramref name="boundary"/>.</summary>
    /// <param name="boundary">The boundary; it must not occur in any content.</param>
    /// <param name="parts">The parts.</param>
    /// <returns>The body.</returns>
    public static byte[] Write(string boundary, IEnumerable<MultipartPart> parts)
    {
        using var body = new MemoryStream();
        foreach (var part in parts)
        {
            var head = new StringBuilder($"--{boundary}\r\nContent-Disposition: form-data; name=\"{Escape(part.Name)}\"");
            if (part.FileName is not null) head.Append($"; filename=\"{Escape(part.FileName)}\"");
            head.Append("\r\n");
            if (part.ContentType is not null) head.Append($"Content-Type: {part.ContentType}\r\n");
            head.Append("\r\n");
            body.Write(Encoding.UTF8.GetBytes(head.ToString()));
            body.Write(part.Content);
            body.Write("\r\n"u8);
        }

        body.Write(Encoding.ASCII.GetBytes($"--{boundary}--\r\n"));
        return body.ToArray();
    }

    /// <summary>The <c>Content-Type</c> header value for <paramref name="boundary"/>.</summary>
    /// <param name="boundary">The boundary.</param>
    /// <returns>The header value.</returns>
    public static string ContentType(string boundary) => $"multipart/form-data; boundary={boundary}";

    /// <summary>What the parser should give back for a name written by <see cref="Write"/>.</summary>
    /// <param name="text">A name or file name.</param>
    /// <returns>The escaped text.</returns>
    public static string Escape(string text) => text.Replace("\"", "%22", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal);
}

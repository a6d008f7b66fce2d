using System.Globalization;
using System.Text;

namespace Starlette.Responses;

/// <summary>One server-sent event: any of data, event name, id, retry and comment.</summary>
/// <param name="Data">The data; each line becomes its own <c>data:</c> field.</param>
/// <param name="Event">The event name (<c>event:</c>).</param>
/// <param name="Id">The event id (<c>id:</c>).</param>
/// <param name="Retry">The reconnection delay in milliseconds (<c>retry:</c>).</param>
/// <param name="Comment">A comment (<c>:</c> lines), ignored by clients.</param>
public sealed record ServerSentEvent(string? Data = null, string? Event = null, string? Id = null, int? Retry = null, string? Comment = null)
{
    /// <summary>Writes the event in the text/event-stream format, ending with a blank line.</summary>
    /// <param name="lineSeparator">The line separator; default <c>\r\n</c>.</param>
    /// <returns>The encoded event.</returns>
    public string Encode(string lineSeparator = "\r\n")
    {
        var text = new StringBuilder();
        if (Comment is not null)
            foreach (var line in Lines(Comment)) text.Append(": ").Append(line).Append(lineSeparator);
        if (Id is not null) text.Append("id: ").Append(SingleLine(Id, nameof(Id))).Append(lineSeparator);
        if (Event is not null) text.Append("event: ").Append(SingleLine(Event, nameof(Event))).Append(lineSeparator);
        if (Data is not null)
            foreach (var line in Lines(Data)) text.Append("data: ").Append(line).Append(lineSeparator);
        if (Retry is int retry) text.Append("retry: ").Append(retry.ToString(CultureInfo.InvariantCulture)).Append(lineSeparator);
        return text.Append(lineSeparator).ToString();
    }

    private static string[] Lines(string value) => value.ReplaceLineEndings("\n").Split('\n');

    private static string SingleLine(string value, string field) =>
        value.AsSpan().IndexOfAny('\r', '\n') < 0 ? value : throw new ArgumentException($"A server-sent event's {field} cannot hold a line break.", field);
}

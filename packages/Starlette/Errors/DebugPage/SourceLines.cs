using System.Text;

namespace Starlette;

/// <summary>
/// The lines of a source file around a frame's line, for the debug page: read only when the file exists and is of
/// a source file's size (a path a CI build mapped is looked up, see <see cref="SourcePath"/>), only up to the lines shown, each cut to a screen's width.
/// </summary>
internal static class SourceLines
{
    /// <summary>Lines shown before and after the frame's line (7 in all, as upstream's page).</summary>
    public const int Context = 3;

    /// <summary>Files larger than this are not read.</summary>
    public const long MaxFileBytes = 4 * 1024 * 1024;

    /// <summary>Longer lines are cut to this many characters.</summary>
    public const int MaxLineLength = 400;

    /// <summary>One line of source: its 1-based number and text.</summary>
    public readonly record struct Line(int Number, string Text);

    /// <summary>The lines around <paramref name="line"/> of <paramref name="path"/>; empty when it cannot be read.</summary>
    public static IReadOnlyList<Line> Around(string path, int line)
    {
        try
        {
            if (line < 1 || SourcePath.Find(path) is not { } found) return [];
            var file = new FileInfo(found);
            if (file.Length > MaxFileBytes) return [];
            var lines = new List<Line>(2 * Context + 1);
            using var reader = new StreamReader(file.FullName, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
            for (var number = 1; number <= line + Context && reader.ReadLine() is { } text; number++)
            {
                if (number >= line - Context) lines.Add(new Line(number, text.Length > MaxLineLength ? text[..MaxLineLength] + "…" : text));
            }

            return lines.Count > 0 && lines[^1].Number >= line ? lines : [];
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return [];
        }
    }
}

using System.Globalization;
using System.Text;

namespace Starlette.StaticFiles.Internal;

/// <summary>
/// MSBuild's default manifest resource names for embedded files (<c>CreateCSharpManifestResourceName</c>): folder
/// names are made "Everett identifiers" (invalid characters become <c>_</c>, a name that cannot start an identifier
/// gets a leading <c>_</c>, a lone <c>_</c> becomes <c>__</c>) and joined with dots; the file name is kept as is.
/// </summary>
internal static class ManifestNames
{
    /// <summary>A folder path (names separated by <c>/</c>) as it appears in resource names.</summary>
    public static string Folder(string path)
    {
        if (path.Length == 0) return "";
        var builder = new StringBuilder(path.Length + 4);
        var first = true;
        foreach (var range in path.AsSpan().Split('/'))
        {
            if (!first) builder.Append('.');
            first = false;
            AppendFolderName(builder, path.AsSpan()[range]);
        }

        return builder.ToString();
    }

    /// <summary>Appends one folder name (which may itself contain dots) as MSBuild mangles it.</summary>
    public static void AppendFolderName(StringBuilder builder, ReadOnlySpan<char> name)
    {
        var start = builder.Length;
        var firstPart = true;
        foreach (var range in name.Split('.'))
        {
            if (!firstPart) builder.Append('.');
            firstPart = false;
            AppendPart(builder, name[range]);
        }

        if (builder.Length - start == 1 && builder[start] == '_') builder.Append('_');
    }

    /// <summary>Whether a folder name is already what MSBuild makes of it (so no copy is needed).</summary>
    public static bool IsUnchanged(ReadOnlySpan<char> name)
    {
        if (name is "_") return false;
        var partStart = true;
        foreach (var c in name)
        {
            if (c == '.') { partStart = true; continue; }
            if (partStart ? !IsFirstChar(c) : !IsChar(c)) return false;
            partStart = false;
        }

        return true;
    }

    private static void AppendPart(StringBuilder builder, ReadOnlySpan<char> part)
    {
        if (part.IsEmpty) return;
        if (IsFirstChar(part[0])) builder.Append(part[0]);
        else
        {
            builder.Append('_');
            if (IsChar(part[0])) builder.Append(part[0]);
        }

        foreach (var c in part[1..]) builder.Append(IsChar(c) ? c : '_');
    }

    private static bool IsFirstChar(char c) =>
        char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.ConnectorPunctuation;

    private static bool IsChar(char c) => char.IsLetterOrDigit(c) || CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.ConnectorPunctuation or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;
}

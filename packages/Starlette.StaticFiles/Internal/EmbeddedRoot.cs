using System.Text;

namespace Starlette.StaticFiles.Internal;

/// <summary>
/// A folder of embedded resources, copied once per process to a private temporary directory (so that
/// <see cref="Responses.FileResponse"/> serves them with ranges, validators and pathsend). A relative path maps to a
/// resource name the way MSBuild builds it (folder names mangled, joined with dots); a prefix of resource names that
/// ends at a dot is a directory. Only names of the folder's resources are reachable: nothing else on disk is.
/// </summary>
internal sealed class EmbeddedRoot(string directory, Dictionary<string, string> files, HashSet<string> folders) : StaticRoot
{
    /// <summary>The private directory holding the copies, one file per resource, named by its name below the folder.</summary>
    public string Directory { get; } = directory;

    public override FileSystemInfo? Lookup(string path, out string fullPath)
    {
        fullPath = "";
        var normalized = RequestPaths.NormalizeRelative(path);
        if (normalized == ".")
        {
            fullPath = Directory;
            return new DirectoryInfo(Directory);
        }

        if (normalized is ".." || normalized.StartsWith(".." + Path.DirectorySeparatorChar, StringComparison.Ordinal)) return null;
        var key = Key(normalized, mangleLast: false);
        if (files.TryGetValue(key, out var file))
        {
            var found = FileStat.Follow(file);
            if (found is not null) fullPath = file;
            return found;
        }

        var folderKey = Key(normalized, mangleLast: true);
        if (!folders.Contains(folderKey)) return null;
        fullPath = Path.Join(Directory, folderKey);
        return new DirectoryInfo(fullPath);
    }

    // "css/site.css" -> "css.site.css"; folder names as MSBuild mangles them ("my-lib/x.js" -> "my_lib.x.js").
    private static string Key(string path, bool mangleLast)
    {
        var span = path.AsSpan();
        var plain = true;
        var lastSeparator = span.LastIndexOf(Path.DirectorySeparatorChar);
        var folderPart = mangleLast ? span : lastSeparator < 0 ? [] : span[..lastSeparator];
        foreach (var range in folderPart.Split(Path.DirectorySeparatorChar)) plain &= ManifestNames.IsUnchanged(folderPart[range]);
        if (plain) return path.Replace(Path.DirectorySeparatorChar, '.');

        var key = new StringBuilder(path.Length + 8);
        foreach (var range in folderPart.Split(Path.DirectorySeparatorChar))
        {
            if (key.Length > 0) key.Append('.');
            ManifestNames.AppendFolderName(key, folderPart[range]);
        }

        if (!mangleLast) key.Append('.').Append(span[(lastSeparator + 1)..]);
        return key.ToString();
    }
}

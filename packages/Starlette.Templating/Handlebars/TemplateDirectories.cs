namespace Starlette.Templating.Internal;

/// <summary>
/// Finds a template file by name in a list of directories, the first match winning, with the rules of Jinja2's
/// <c>FileSystemLoader</c>: the name is split on <c>/</c>, empty and <c>.</c> segments are dropped, and a segment
/// that is <c>..</c> or holds a directory separator makes the template not found. Segments are joined, never
/// combined, so a rooted segment such as <c>C:</c> on Windows stays inside the directory (as Jinja2's
/// <c>posixpath.join</c> keeps it).
/// </summary>
internal sealed class TemplateDirectories
{
    private readonly string[] _directories;

    public TemplateDirectories(IEnumerable<string> directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
        _directories = [.. directories];
        foreach (var directory in _directories)
        {
            if (string.IsNullOrEmpty(directory)) throw new ArgumentException("A template directory must not be null or empty.", nameof(directories));
        }
    }

    public IReadOnlyList<string> All => _directories;

    public string Find(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var relative = RelativePath(name);
        if (relative is not null)
        {
            foreach (var directory in _directories)
            {
                var path = Path.Join(directory, relative);
                if (File.Exists(path)) return path;
            }
        }

        throw new TemplateNotFoundException(name, _directories);
    }

    private static string? RelativePath(string name)
    {
        var pieces = new List<string>();
        foreach (var piece in name.Split('/'))
        {
            if (piece == ".." || piece.Contains(Path.DirectorySeparatorChar) || piece.Contains(Path.AltDirectorySeparatorChar)) return null;
            if (piece.Length > 0 && piece != ".") pieces.Add(piece);
        }

        return pieces.Count == 0 ? null : Path.Join([.. pieces]);
    }
}

namespace Starlette.StaticFiles;

/// <summary>
/// What a <see cref="StaticFiles"/> app serves and how (upstream's <c>StaticFiles</c> keyword arguments). The app
/// reads the options once, when it is built: later changes have no effect on it.
/// </summary>
/// <example>
/// <code>
/// var options = new StaticFilesOptions
/// {
///     Directory = "wwwroot",
///     EmbeddedFolders = [new EmbeddedFolder(typeof(Program).Assembly, "statics")],
///     Html = true,
/// };
/// </code>
/// </example>
public sealed class StaticFilesOptions
{
    /// <summary>
    /// The directory to serve (upstream's <c>directory</c>), absolute or relative to the current directory;
    /// <see langword="null"/> for none. It is searched before <see cref="EmbeddedFolders"/>.
    /// </summary>
    public string? Directory { get; set; }

    /// <summary>
    /// Folders of embedded resources to serve, searched in order after <see cref="Directory"/> (the .NET analogue of
    /// upstream's <c>packages</c>: a folder shipped inside a library). Default: none.
    /// </summary>
    public IList<EmbeddedFolder> EmbeddedFolders { get; set; } = [];

    /// <summary>
    /// HTML mode (upstream's <c>html</c>): a directory URL serves its <c>index.html</c> (redirecting to add a trailing
    /// slash first), and a miss serves the root's <c>404.html</c> with status 404 when there is one. Default: off.
    /// </summary>
    public bool Html { get; set; }

    /// <summary>
    /// Whether the constructor checks that <see cref="Directory"/> exists (upstream's <c>check_dir</c>). The first
    /// request checks it again either way. Default: on.
    /// </summary>
    public bool CheckDir { get; set; } = true;

    /// <summary>
    /// Whether symbolic links inside the directory may point outside it (upstream's <c>follow_symlink</c>). Off (the
    /// default): paths are resolved through their links and must stay inside the directory's real location. On:
    /// paths are only normalized (<c>..</c> removed) and must stay inside the directory as written; links below it
    /// are followed wherever they lead.
    /// </summary>
    public bool FollowSymlink { get; set; }
}

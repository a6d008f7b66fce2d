using Starlette.StaticFiles.Internal;
using Starlette.Types;

namespace Starlette.StaticFiles;

/// <summary>
/// An app that serves files (upstream's <c>StaticFiles</c>): from a directory and/or folders of embedded resources,
/// GET and HEAD only, through <see cref="Responses.FileResponse"/> (so byte ranges, <c>etag</c>/<c>last-modified</c>
/// and pathsend work), with 304 answers to conditional requests and, in HTML mode, <c>index.html</c> for directories
/// and <c>404.html</c> for misses. Paths that lead outside the served directory are not found.
/// </summary>
/// <remarks>
/// Misses, directories and other methods raise <see cref="HttpException"/> (404, 405; 401 when the file system denies
/// access), which an application's exception middleware turns into responses. Subclasses may override
/// <see cref="GetResponseAsync"/>, <see cref="LookupPath"/> and <see cref="CreateFileResponse"/>, as upstream's
/// subclasses do.
/// </remarks>
/// <example>
/// <code>
/// var app = new StarletteApp(routes:
/// [
///     new Mount("/static", app: new StaticFiles("static"), name: "static"),
///     new Mount("/", app: new StaticFiles(new StaticFilesOptions { Directory = "site", Html = true })),
/// ]);
/// </code>
/// </example>
public partial class StaticFiles
{
    private readonly StaticRoot[] _roots;
    private volatile bool _configChecked;

    /// <summary>Serves a directory.</summary>
    /// <param name="directory">The directory, absolute or relative: relative to the current directory, or when it is
    /// not there, to the app's base directory (where the build copies content files).</param>
    /// <param name="html">HTML mode (see <see cref="StaticFilesOptions.Html"/>).</param>
    /// <exception cref="InvalidOperationException">The directory does not exist: <c>Directory '…' does not exist</c>.</exception>
    public StaticFiles(string directory, bool html = false)
        : this(new StaticFilesOptions { Directory = directory ?? throw new ArgumentNullException(nameof(directory)), Html = html })
    {
    }

    /// <summary>Serves what the options name.</summary>
    /// <param name="options">What to serve and how; read once, here.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> or one of its embedded folders is <see langword="null"/>.</exception>
    /// <exception cref="InvalidOperationException">
    /// An embedded folder has no resources (<c>Directory 'statics' in assembly '…' could not be found.</c>), or
    /// <see cref="StaticFilesOptions.CheckDir"/> is on and the directory does not exist (<c>Directory '…' does not exist</c>).
    /// </exception>
    public StaticFiles(StaticFilesOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Directory = DirectoryResolution.Resolve(options.Directory);
        EmbeddedFolders = [.. options.EmbeddedFolders ?? []];
        Html = options.Html;
        FollowSymlink = options.FollowSymlink;

        var roots = new List<StaticRoot>(EmbeddedFolders.Count + 1);
        if (Directory is not null) roots.Add(new DirectoryRoot(Directory, FollowSymlink));
        foreach (var folder in EmbeddedFolders)
        {
            ArgumentNullException.ThrowIfNull(folder, nameof(options));
            roots.Add(EmbeddedExtraction.Get(folder));
        }

        _roots = [.. roots];
        if (options.CheckDir && Directory is not null && !System.IO.Directory.Exists(Directory))
            throw new InvalidOperationException(DirectoryResolution.Missing(Directory));
    }

    /// <summary>The served directory: as given, or the full path under the app's base directory where a relative
    /// directory was found only there; <see langword="null"/> for none.</summary>
    public string? Directory { get; }

    /// <summary>The served folders of embedded resources, searched after <see cref="Directory"/>.</summary>
    public IReadOnlyList<EmbeddedFolder> EmbeddedFolders { get; }

    /// <summary>Whether HTML mode is on.</summary>
    public bool Html { get; }

    /// <summary>Whether links below the directory are followed wherever they lead.</summary>
    public bool FollowSymlink { get; }

    /// <summary>Whether the one-off configuration check (<see cref="CheckConfig"/>) has passed (upstream's <c>config_checked</c>).</summary>
    public bool ConfigChecked => _configChecked;

    /// <summary>The app as an <see cref="AsgiApp"/> delegate, e.g. for <c>new Mount("/static", app: staticFiles)</c>.</summary>
    /// <param name="app">The app.</param>
    public static implicit operator AsgiApp(StaticFiles app)
    {
        ArgumentNullException.ThrowIfNull(app);
        return app.InvokeAsync;
    }

    /// <summary>The app as an <see cref="AsgiApp"/> delegate.</summary>
    /// <returns>The delegate.</returns>
    public AsgiApp ToApp() => InvokeAsync;

    /// <summary>
    /// Serves a request: checks the configuration on the first call, maps the path below the mount to a file
    /// (<see cref="GetPath"/>), builds the response (<see cref="GetResponseAsync"/>) and sends it.
    /// </summary>
    /// <param name="scope">The connection scope; must be an HTTP one.</param>
    /// <param name="receive">Receives messages.</param>
    /// <param name="send">Sends messages.</param>
    /// <returns>A task that completes when the response is sent.</returns>
    /// <exception cref="InvalidOperationException">The scope is not HTTP, or the directory is missing or not a directory.</exception>
    /// <exception cref="HttpException">404, 405 or 401, as <see cref="GetResponseAsync"/> raises them.</exception>
    public async ValueTask InvokeAsync(Scope scope, Receive receive, Send send)
    {
        ArgumentNullException.ThrowIfNull(scope);
        if (scope.Type != ScopeType.Http)
            throw new InvalidOperationException($"StaticFiles is only usable with HTTP connections, not '{scope.TypeName}' ones.");
        if (!_configChecked)
        {
            CheckConfig();
            _configChecked = true;
        }

        var response = await GetResponseAsync(GetPath(scope), scope).ConfigureAwait(false);
        await response.ExecuteAsync(scope, receive, send).ConfigureAwait(false);
    }

    /// <summary>
    /// The relative file path a request asks for (upstream's <c>get_path</c>): the path below the mount, with the
    /// platform's separators and <c>.</c>, empty names and <c>..</c> normalized away; <c>.</c> for the root. A leading
    /// <c>..</c> stays (and is refused later).
    /// </summary>
    /// <param name="scope">The connection scope.</param>
    /// <returns>The path.</returns>
    public string GetPath(Scope scope)
    {
        ArgumentNullException.ThrowIfNull(scope);
        return RequestPaths.Normalize(RequestPaths.RoutePath(scope));
    }

    /// <summary>
    /// The one-off configuration check (upstream's <c>check_config</c>), run by the first request: the directory, when
    /// there is one, must exist and be a directory, so a misconfiguration fails loudly rather than as 404s.
    /// </summary>
    /// <exception cref="InvalidOperationException"><c>StaticFiles directory '…' does not exist.</c> or <c>StaticFiles path '…' is not a directory.</c></exception>
    public void CheckConfig()
    {
        if (Directory is null) return;
        var status = Directory.Length == 0 ? null : FileStat.Follow(Directory);
        if (status is null) throw new InvalidOperationException($"StaticFiles directory '{Directory}' does not exist.");
        if (status is not DirectoryInfo) throw new InvalidOperationException($"StaticFiles path '{Directory}' is not a directory.");
    }
}

using System.Collections.Concurrent;
using System.Globalization;
using HandlebarsDotNet;
using Starlette.Templating.Internal;

namespace Starlette.Templating;

/// <summary>
/// The built-in <see cref="ITemplateEngine"/>: Handlebars templates loaded from one or more directories (the first
/// directory holding a name wins), compiled once and cached. A cached template is recompiled when its file changes,
/// unless <see cref="AutoReload"/> is off (upstream's Jinja2 environment checks the same way). Like Jinja2's cache
/// (400 templates by default), the cache is bounded: past 400 names it starts over.
/// </summary>
/// <remarks>
/// <para>
/// Without a Handlebars instance of your own, templates whose file name ends in <c>.html</c>, <c>.htm</c> or
/// <c>.xml</c> are HTML-escaped the way Jinja2's autoescape escapes them (<c>&amp; &lt; &gt; ' "</c>); other templates are not
/// escaped (upstream's <c>select_autoescape()</c>). The file found decides, not the name as written, so
/// <c>index.html/</c> is escaped too (Jinja2 would not). <c>{{{raw}}}</c> is never escaped.
/// </para>
/// <para>
/// With your own <see cref="IHandlebars"/> (upstream's <c>env=</c>), its configuration (encoder, helpers, partials)
/// applies to every template; a <c>url_for</c> helper is added unless it already has one.
/// </para>
/// </remarks>
public sealed class HandlebarsTemplateEngine : ITemplateEngine
{
    /// <summary>How many template names the cache holds before it starts over (Jinja2's default <c>cache_size</c>).</summary>
    private const int CacheSize = 400;

    private static readonly string[] EscapedExtensions = [".html", ".htm", ".xml"];

    private readonly TemplateDirectories _directories;
    private readonly IHandlebars? _custom;
    private readonly Lazy<IHandlebars> _escaping = new(() => Create(escape: true));
    private readonly Lazy<IHandlebars> _plain = new(() => Create(escape: false));
    private readonly ConcurrentDictionary<string, HandlebarsTemplate> _cache = new(StringComparer.Ordinal);

    /// <summary>Creates an engine over one directory.</summary>
    /// <param name="directory">The directory templates are loaded from.</param>
    /// <param name="handlebars">A configured Handlebars instance to compile with; default: one per escaping mode.</param>
    /// <param name="autoReload">Whether a cached template is recompiled when its file changes; default on.</param>
    public HandlebarsTemplateEngine(string directory, IHandlebars? handlebars = null, bool autoReload = true)
        : this([directory ?? throw new ArgumentNullException(nameof(directory))], handlebars, autoReload)
    {
    }

    /// <summary>Creates an engine over several directories, searched in order.</summary>
    /// <param name="directories">The directories templates are loaded from.</param>
    /// <param name="handlebars">A configured Handlebars instance to compile with; default: one per escaping mode.</param>
    /// <param name="autoReload">Whether a cached template is recompiled when its file changes; default on.</param>
    /// <exception cref="ArgumentException">A directory is null or empty.</exception>
    public HandlebarsTemplateEngine(IEnumerable<string> directories, IHandlebars? handlebars = null, bool autoReload = true)
    {
        _directories = new TemplateDirectories(directories);
        _custom = handlebars;
        AutoReload = autoReload;
        if (handlebars is not null) UrlForHelper.RegisterIfMissing(handlebars);
    }

    /// <summary>The directories templates are loaded from, in search order.</summary>
    public IReadOnlyList<string> Directories => _directories.All;

    /// <summary>Whether a cached template is recompiled when its file changes.</summary>
    public bool AutoReload { get; }

    /// <inheritdoc />
    public ITemplate GetTemplate(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (_cache.TryGetValue(name, out var cached) && (!AutoReload || File.GetLastWriteTimeUtc(cached.Path) == cached.LastWriteUtc))
            return cached;
        var template = Load(name);
        // Names are the caller's ("./index.html" and ".//index.html" are distinct): never let them grow the cache unbounded.
        if (cached is null && _cache.Count >= CacheSize) _cache.Clear();
        _cache[name] = template;
        return template;
    }

    private HandlebarsTemplate Load(string name)
    {
        var path = _directories.Find(name);
        var lastWrite = File.GetLastWriteTimeUtc(path);
        string source;
        try
        {
            source = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new TemplateException(name, $"Template '{name}' could not be read from '{path}': {e.Message}", e);
        }

        var handlebars = _custom ?? (IsEscaped(Path.GetFullPath(path)) ? _escaping.Value : _plain.Value);
        try
        {
            return new HandlebarsTemplate(name, path, lastWrite, handlebars.Compile(source));
        }
        catch (Exception e)
        {
            throw new TemplateException(name, $"Template '{name}' could not be compiled: {e.Message}", e);
        }
    }

    private static bool IsEscaped(string path)
    {
        foreach (var extension in EscapedExtensions)
        {
            if (path.EndsWith(extension, StringComparison.OrdinalIgnoreCase)) return true;
        }

        return false;
    }

    private static IHandlebars Create(bool escape)
    {
        var configuration = new HandlebarsConfiguration
        {
            TextEncoder = escape ? MarkupSafeEncoder.Instance : null,
            NoEscape = !escape,
            FormatProvider = CultureInfo.InvariantCulture,
        };
        if (escape) configuration.FormatterProviders.Add(EncodedCharFormatter.Instance);
        var handlebars = Handlebars.Create(configuration);
        UrlForHelper.RegisterIfMissing(handlebars);
        return handlebars;
    }
}

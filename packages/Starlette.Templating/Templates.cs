using Starlette.Requests;
using Starlette.Responses;
using Starlette.Types;

namespace Starlette.Templating;

/// <summary>
/// Template responses (upstream's <c>Jinja2Templates</c>): loads templates from directories (or any
/// <see cref="ITemplateEngine"/>) and renders them with the request, <c>url_for</c> and what the context processors add.
/// </summary>
/// <example>
/// <code>
/// var templates = new Templates("templates");
/// var route = new Route("/", request => templates.TemplateResponse(request, "index.html", new Dictionary&lt;string, object?&gt; { ["name"] = "World" }));
/// // templates/index.html: &lt;p&gt;Hello, {{name}}! &lt;a href="{{url_for "homepage"}}"&gt;home&lt;/a&gt;&lt;/p&gt;
/// </code>
/// </example>
public sealed class Templates
{
    private const string NeedsSource = "either 'directory' or 'engine' arguments must be passed";

    /// <summary>Loads Handlebars templates from one directory.</summary>
    /// <param name="directory">The directory.</param>
    /// <param name="contextProcessors">Functions whose results are merged into every template's context, in order.</param>
    /// <exception cref="ArgumentException">The directory is empty.</exception>
    public Templates(string directory, IEnumerable<Func<Request, IReadOnlyDictionary<string, object?>>>? contextProcessors = null)
        : this([directory ?? throw new ArgumentNullException(nameof(directory))], contextProcessors)
    {
    }

    /// <summary>Loads Handlebars templates from several directories, searched in order.</summary>
    /// <param name="directories">The directories.</param>
    /// <param name="contextProcessors">Functions whose results are merged into every template's context, in order.</param>
    /// <exception cref="ArgumentException">No directory is given, or one is empty.</exception>
    public Templates(IEnumerable<string> directories, IEnumerable<Func<Request, IReadOnlyDictionary<string, object?>>>? contextProcessors = null)
        : this(CreateEngine(directories), contextProcessors)
    {
    }

    /// <summary>Renders with a configured engine (upstream's <c>env=</c>).</summary>
    /// <param name="engine">The engine, such as a <see cref="HandlebarsTemplateEngine"/> over your own Handlebars instance.</param>
    /// <param name="contextProcessors">Functions whose results are merged into every template's context, in order.</param>
    public Templates(ITemplateEngine engine, IEnumerable<Func<Request, IReadOnlyDictionary<string, object?>>>? contextProcessors = null)
    {
        ArgumentNullException.ThrowIfNull(engine);
        Engine = engine;
        ContextProcessors = contextProcessors is null ? [] : [.. contextProcessors];
    }

    /// <summary>The engine templates are loaded with.</summary>
    public ITemplateEngine Engine { get; }

    /// <summary>The context processors, applied in order; each result is merged into the context (later keys win).</summary>
    public IList<Func<Request, IReadOnlyDictionary<string, object?>>> ContextProcessors { get; }

    /// <summary>Loads a template (upstream's <c>get_template</c>).</summary>
    /// <param name="name">The template's name.</param>
    /// <returns>The template.</returns>
    /// <exception cref="TemplateNotFoundException">No directory holds it.</exception>
    public ITemplate GetTemplate(string name) => Engine.GetTemplate(name);

    /// <summary>
    /// Renders a template into an HTML response. The context is a copy of <paramref name="context"/> with
    /// <c>request</c> added unless present, then the context processors' results merged in.
    /// </summary>
    /// <param name="request">The request; templates see it as <c>request</c>, and <c>url_for</c> uses it.</param>
    /// <param name="name">The template's name.</param>
    /// <param name="context">Variables for the template.</param>
    /// <param name="statusCode">The status code; default 200.</param>
    /// <param name="headers">Headers to send.</param>
    /// <param name="mediaType">The media type; default <c>text/html</c>.</param>
    /// <param name="background">Work to run after the response is sent.</param>
    /// <returns>The response.</returns>
    /// <exception cref="TemplateNotFoundException">No directory holds the template.</exception>
    /// <exception cref="TemplateException">The template failed to compile or render.</exception>
    public TemplateResponse TemplateResponse(Request request, string name, IReadOnlyDictionary<string, object?>? context = null, int statusCode = Status.Http200OK, HeaderFields? headers = null, string? mediaType = null, BackgroundTask? background = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(name);
        var merged = context is null ? new Dictionary<string, object?>(StringComparer.Ordinal) : new Dictionary<string, object?>(context, StringComparer.Ordinal);
        merged.TryAdd("request", request);
        foreach (var processor in ContextProcessors)
        {
            foreach (var (key, value) in processor(request)) merged[key] = value;
        }

        return new TemplateResponse(GetTemplate(name), merged, statusCode, headers, mediaType, background);
    }

    private static HandlebarsTemplateEngine CreateEngine(IEnumerable<string> directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
        var list = directories as IReadOnlyCollection<string> ?? [.. directories];
        if (list.Count == 0 || list.Any(string.IsNullOrEmpty)) throw new ArgumentException(NeedsSource, nameof(directories));
        return new HandlebarsTemplateEngine(list);
    }
}

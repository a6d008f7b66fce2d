namespace Starlette.Templating;

/// <summary>
/// Loads templates by name (upstream's <c>jinja2.Environment</c> with its loader). <see cref="HandlebarsTemplateEngine"/>
/// is the built-in implementation; implement this interface to plug in another engine.
/// </summary>
/// <remarks>
/// An engine used by <see cref="Templates"/> should offer a <c>url_for</c> function to its templates that calls
/// <see cref="Requests.HttpConnection.UrlFor(string, IReadOnlyDictionary{string, object?}?)"/> on the context's <c>request</c>, as upstream's environment does.
/// </remarks>
public interface ITemplateEngine
{
    /// <summary>Loads (or takes from the cache) the template called <paramref name="name"/>.</summary>
    /// <param name="name">The template's name, a path relative to the engine's directories with <c>/</c> separators.</param>
    /// <returns>The template.</returns>
    /// <exception cref="TemplateNotFoundException">No directory holds a template of that name.</exception>
    /// <exception cref="TemplateException">The template exists but does not compile.</exception>
    ITemplate GetTemplate(string name);
}

namespace Starlette.Templating;

/// <summary>
/// A loaded, compiled template (upstream's <c>jinja2.Template</c>): renders a context dictionary to text.
/// Implementations are thread-safe: one instance serves concurrent requests.
/// </summary>
public interface ITemplate
{
    /// <summary>The name the template was loaded by, such as <c>index.html</c> (upstream's <c>template.name</c>).</summary>
    string Name { get; }

    /// <summary>Renders the template.</summary>
    /// <param name="context">The variables the template sees, by name.</param>
    /// <returns>The rendered text.</returns>
    /// <exception cref="TemplateException">The template failed to render; the engine's exception is the inner exception.</exception>
    string Render(IReadOnlyDictionary<string, object?> context);
}

using HandlebarsDotNet;

namespace Starlette.Templating.Internal;

/// <summary>A compiled Handlebars template, with what the cache needs to tell whether its file changed.</summary>
internal sealed class HandlebarsTemplate(string name, string path, DateTime lastWriteUtc, HandlebarsTemplate<object, object> compiled) : ITemplate
{
    public string Name { get; } = name;

    public string Path { get; } = path;

    public DateTime LastWriteUtc { get; } = lastWriteUtc;

    public string Render(IReadOnlyDictionary<string, object?> context)
    {
        ArgumentNullException.ThrowIfNull(context);
        // Handlebars reads members of IDictionary<string, object> without reflection over the context's type.
        var bindable = context as IDictionary<string, object?> ?? new Dictionary<string, object?>(context, StringComparer.Ordinal);
        try
        {
            return compiled(bindable);
        }
        catch (Exception e) when (e is not TemplateException)
        {
            throw new TemplateException(Name, $"Template '{Name}' failed to render: {e.Message}", e);
        }
    }

    public override string ToString() => $"<Template '{Name}'>";
}

namespace Starlette.Templating;

/// <summary>No search directory holds the requested template (upstream's <c>jinja2.TemplateNotFound</c>).</summary>
public sealed class TemplateNotFoundException : TemplateException
{
    /// <summary>Creates the exception.</summary>
    public TemplateNotFoundException()
        : this("", [])
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public TemplateNotFoundException(string message)
        : base(message)
    {
        SearchedDirectories = [];
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public TemplateNotFoundException(string message, Exception? innerException)
        : base(message, innerException)
    {
        SearchedDirectories = [];
    }

    /// <summary>Creates the exception for a template name and the directories searched.</summary>
    /// <param name="templateName">The template's name.</param>
    /// <param name="searchedDirectories">The directories searched, in order.</param>
    public TemplateNotFoundException(string templateName, IReadOnlyList<string> searchedDirectories)
        : base(templateName, Describe(templateName, searchedDirectories), null)
    {
        SearchedDirectories = searchedDirectories;
    }

    /// <summary>The directories that were searched, in order.</summary>
    public IReadOnlyList<string> SearchedDirectories { get; }

    private static string Describe(string templateName, IReadOnlyList<string> directories)
    {
        ArgumentNullException.ThrowIfNull(directories);
        var searched = directories.Count == 0 ? "(no directories)" : string.Join(", ", directories.Select(d => $"'{d}'"));
        return $"Template '{templateName}' not found; searched: {searched}.";
    }
}

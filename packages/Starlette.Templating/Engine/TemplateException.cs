namespace Starlette.Templating;

/// <summary>A template failed to load, compile or render; <see cref="Exception.InnerException"/> holds the engine's error.</summary>
public class TemplateException : Exception
{
    /// <summary>Creates the exception.</summary>
    public TemplateException()
        : this("A template failed.")
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    public TemplateException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The engine's exception.</param>
    public TemplateException(string message, Exception? innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a named template.</summary>
    /// <param name="templateName">The template's name.</param>
    /// <param name="message">The message; it should name the template.</param>
    /// <param name="innerException">The engine's exception.</param>
    public TemplateException(string templateName, string message, Exception? innerException)
        : base(message, innerException)
    {
        TemplateName = templateName;
    }

    /// <summary>The name of the template that failed, when known.</summary>
    public string? TemplateName { get; }
}

namespace Starlette.Routing;

/// <summary>No route has the name and parameters given to <c>UrlPathFor</c> (upstream's <c>NoMatchFound</c>).</summary>
public sealed class NoMatchFoundException : Exception
{
    /// <summary>Creates the exception.</summary>
    /// <param name="name">The route name looked for.</param>
    /// <param name="pathParams">The parameters given.</param>
    public NoMatchFoundException(string name, IEnumerable<string> pathParams)
        : base($"No route exists for name \"{name}\" and params \"{string.Join(", ", pathParams)}\".")
    {
        Name = name;
    }

    /// <summary>Creates the exception with a message.</summary>
    public NoMatchFoundException()
        : this("", [])
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">The message.</param>
    public NoMatchFoundException(string message)
        : base(message)
    {
        Name = "";
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">The message.</param>
    /// <param name="innerException">The cause.</param>
    public NoMatchFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        Name = "";
    }

    /// <summary>The route name looked for.</summary>
    public string Name { get; } = "";
}

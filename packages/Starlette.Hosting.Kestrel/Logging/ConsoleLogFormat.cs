namespace Starlette.Hosting.Kestrel;

/// <summary>How the server's console log writes (<see cref="AsgiServerOptions.ConsoleLogFormat"/>); it applies when no <see cref="AsgiServerOptions.LoggerFactory"/> is given.</summary>
public enum ConsoleLogFormat
{
    /// <summary>
    /// <see cref="MultiLine"/> in development (the <c>DOTNET_ENVIRONMENT</c> or <c>ASPNETCORE_ENVIRONMENT</c>
    /// environment variable is <c>Development</c>, as ASP.NET Core decides), <see cref="SingleLine"/> otherwise.
    /// </summary>
    Auto,

    /// <summary>One line per event, an exception's text included on it: what log collectors expect in production.</summary>
    SingleLine,

    /// <summary>
    /// The layout of ASP.NET Core's development console (<c>info: Category[event]</c>, then the message and the
    /// logging scopes, such as the request id, indented), with an exception written over several lines: its causes
    /// first, each frame on its own line with async methods, lambdas and local functions under the names they were
    /// written with, and the source file and line.
    /// </summary>
    MultiLine,

    /// <summary>One JSON object per event (the console's JSON formatter, scopes included).</summary>
    Json,
}

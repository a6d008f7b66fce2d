using System.Text;

namespace Starlette.Configuration;

/// <summary>
/// Where a <see cref="Config"/> reads its values (upstream's <c>Config</c> keyword arguments, plus a warning channel).
/// Read once, by the constructor.
/// </summary>
/// <example>
/// <code>
/// var config = new Config(new ConfigOptions
/// {
///     EnvFile = ".env",
///     EnvPrefix = "APP_",
///     OnWarning = message => logger.LogWarning("{Message}", message),
/// });
/// </code>
/// </example>
public sealed class ConfigOptions
{
    /// <summary>
    /// A <c>.env</c> file of <c>KEY=value</c> lines to read (upstream's <c>env_file</c>), or <see langword="null"/> for
    /// none. A missing file is not an error: it is reported through <see cref="OnWarning"/>.
    /// </summary>
    public string? EnvFile { get; set; }

    /// <summary>
    /// The environment, looked up before the file (upstream's <c>environ</c>); <see langword="null"/> for
    /// <see cref="Configuration.EnvironmentVariables.Default"/>, the process environment. Pass a dictionary to isolate tests.
    /// </summary>
    public IReadOnlyDictionary<string, string>? EnvironmentVariables { get; set; }

    /// <summary>A prefix added to every key looked up, e.g. <c>APP_</c> (upstream's <c>env_prefix</c>). Default: none.</summary>
    public string EnvPrefix { get; set; } = "";

    /// <summary>The encoding of <see cref="EnvFile"/> (upstream's <c>encoding</c>). Default: UTF-8.</summary>
    public Encoding Encoding { get; set; } = Encoding.UTF8;

    /// <summary>
    /// Receives warnings, such as <c>Config file '.env' not found.</c> (upstream warns with Python's
    /// <c>warnings.warn</c>); <see langword="null"/> for <see cref="System.Diagnostics.Trace.TraceWarning(string)"/>.
    /// </summary>
    public Action<string>? OnWarning { get; set; }
}

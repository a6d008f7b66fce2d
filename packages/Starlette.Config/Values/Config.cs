using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Starlette.Configuration;

/// <summary>
/// Application settings from the environment and an optional <c>.env</c> file (upstream's <c>Config</c>): a key is
/// looked up (with <see cref="EnvPrefix"/> in front) in the environment first, then in the file, then falls back to
/// the default given; with neither a value nor a default, it is an error. Values are cast on request:
/// <see cref="Get{T}(string)"/> parses any <see cref="IParsable{TSelf}"/> type (bools with upstream's spellings),
/// <see cref="Get{T}(string, Func{string, T})"/> takes a cast of your own.
/// </summary>
/// <example>
/// <code>
/// var config = new Config(".env");
/// bool debug = config.Get("DEBUG", false);
/// int timeout = config.Get("REQUEST_TIMEOUT", 10);
/// string hostname = config.Get("REQUEST_HOSTNAME");
/// string? mail = config.Get("MAIL_HOSTNAME", null);
/// Url database = config.Get("DATABASE_URL", value => new Url(value));
/// Secret key = config.GetSecret("SECRET_KEY");
/// CommaSeparatedStrings hosts = config.GetCommaSeparatedStrings("ALLOWED_HOSTS", "localhost")!;
/// </code>
/// </example>
public sealed partial class Config
{
    private readonly Dictionary<string, string> _fileValues;

    /// <summary>Creates the configuration (upstream's <c>Config(env_file, environ, env_prefix, encoding)</c>).</summary>
    /// <param name="envFile">A <c>.env</c> file to read, or <see langword="null"/>; a missing file is only a warning (see <see cref="ConfigOptions.OnWarning"/>).</param>
    /// <param name="environmentVariables">The environment variables; default <see cref="Configuration.EnvironmentVariables.Default"/>, the process environment.</param>
    /// <param name="envPrefix">A prefix added to every key looked up.</param>
    /// <param name="encoding">The file's encoding; default UTF-8.</param>
    /// <exception cref="FormatException">The file has a line with an empty name before <c>=</c>, or is not valid text in <paramref name="encoding"/>.</exception>
    /// <exception cref="IOException">The file exists but cannot be read.</exception>
    public Config(string? envFile = null, IReadOnlyDictionary<string, string>? environmentVariables = null, string envPrefix = "", Encoding? encoding = null)
        : this(new ConfigOptions { EnvFile = envFile, EnvironmentVariables = environmentVariables, EnvPrefix = envPrefix, Encoding = encoding ?? Encoding.UTF8 })
    {
    }

    /// <summary>Creates the configuration from options.</summary>
    /// <param name="options">Where to read values; read once, here.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/>, its prefix or its encoding is <see langword="null"/>.</exception>
    /// <exception cref="FormatException">The file has a line with an empty name before <c>=</c>, or is not valid text in the encoding.</exception>
    /// <exception cref="IOException">The file exists but cannot be read.</exception>
    public Config(ConfigOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.EnvPrefix, nameof(options));
        ArgumentNullException.ThrowIfNull(options.Encoding, nameof(options));
        EnvironmentVariables = options.EnvironmentVariables ?? Configuration.EnvironmentVariables.Default;
        EnvPrefix = options.EnvPrefix;
        _fileValues = new Dictionary<string, string>(StringComparer.Ordinal);
        if (options.EnvFile is not { } envFile) return;
        if (File.Exists(envFile)) _fileValues = EnvFileReader.Read(envFile, options.Encoding);
        else (options.OnWarning ?? Warn)($"Config file '{envFile}' not found.");
    }

    /// <summary>The environment, looked up before the file.</summary>
    public IReadOnlyDictionary<string, string> EnvironmentVariables { get; }

    /// <summary>The prefix added to every key looked up.</summary>
    public string EnvPrefix { get; }

    /// <summary>The values read from the file (empty without one), by key as written in the file.</summary>
    public IReadOnlyDictionary<string, string> FileValues => _fileValues;

    /// <summary>The raw value of a key that must be set, as <see cref="Get(string)"/>.</summary>
    /// <param name="key">The key, without the prefix.</param>
    /// <exception cref="KeyNotFoundException">The key is set neither in the environment nor in the file.</exception>
    public string this[string key] => Get(key);

    /// <summary>The raw value of a key that must be set.</summary>
    /// <param name="key">The key, without the prefix.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">The key is set neither in the environment nor in the file (<c>Config 'KEY' is missing, and has no default.</c>).</exception>
    public string Get(string key) => TryGetRaw(key, out var fullKey, out var value) ? value : throw Missing(fullKey);

    /// <summary>The raw value of a key, or <paramref name="defaultValue"/> when it is not set.</summary>
    /// <param name="key">The key, without the prefix.</param>
    /// <param name="defaultValue">The value for an unset key; may be <see langword="null"/>.</param>
    /// <returns>The value or the default.</returns>
    [return: NotNullIfNotNull(nameof(defaultValue))]
    public string? Get(string key, string? defaultValue) => TryGetRaw(key, out _, out var value) ? value : defaultValue;

    /// <summary>Looks the prefixed key up in the environment, then in the file.</summary>
    private bool TryGetRaw(string key, out string fullKey, [MaybeNullWhen(false)] out string value)
    {
        ArgumentNullException.ThrowIfNull(key);
        fullKey = EnvPrefix.Length == 0 ? key : EnvPrefix + key;
        return (EnvironmentVariables.TryGetValue(fullKey, out value) && value is not null) || _fileValues.TryGetValue(fullKey, out value);
    }

    private static KeyNotFoundException Missing(string fullKey) => new($"Config '{fullKey}' is missing, and has no default.");

    private static void Warn(string message) => Trace.TraceWarning(message);
}

namespace Starlette.Middleware.RequestId;

/// <summary>The options, checked and ready: the header name in lowercase, the validation rule and the generator.</summary>
internal sealed class RequestIdPolicy
{
    private static readonly Func<string> DefaultGenerator = () => Guid.CreateVersion7().ToString();

    public RequestIdPolicy(RequestIdOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrEmpty(options.HeaderName) || !IsToken(options.HeaderName))
            throw new ArgumentException($"'{options.HeaderName}' is not a valid header name.", nameof(options));
        if (options.MaxLength < 1) throw new ArgumentException($"MaxLength must be at least 1, not {options.MaxLength}.", nameof(options));
        HeaderName = options.HeaderName.ToLowerInvariant();
        TrustIncoming = options.TrustIncoming;
        MaxLength = options.MaxLength;
        Generator = options.Generator ?? DefaultGenerator;
        EchoOnResponse = options.EchoOnResponse;
        Logger = options.Logger;
    }

    public string HeaderName { get; }

    public bool TrustIncoming { get; }

    public int MaxLength { get; }

    public Func<string> Generator { get; }

    public bool EchoOnResponse { get; }

    public Microsoft.Extensions.Logging.ILogger? Logger { get; }

    /// <summary>Whether <paramref name="id"/> may be used as given: 1 to <see cref="MaxLength"/> characters, all allowed.</summary>
    public bool IsValid(string id)
    {
        if (id.Length == 0 || id.Length > MaxLength) return false;
        foreach (var c in id)
        {
            if (!IsAllowed(c)) return false;
        }

        return true;
    }

    private static bool IsAllowed(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':' or '+' or '=' or '/' or '@';

    private static bool IsToken(string name)
    {
        foreach (var c in name)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c))) return false;
        }

        return true;
    }
}

namespace Starlette.Responses;

/// <summary>
/// A cookie's <c>expires</c>, in any of the forms upstream accepts: a moment (<see cref="DateTimeOffset"/> or UTC
/// <see cref="DateTime"/>), a number of seconds from now, or text written as is.
/// </summary>
public readonly struct CookieExpiry
{
    private readonly DateTimeOffset? _moment;
    private readonly int? _seconds;
    private readonly string? _text;

    private CookieExpiry(DateTimeOffset? moment, int? seconds, string? text) => (_moment, _seconds, _text) = (moment, seconds, text);

    /// <summary>Expires at a moment.</summary>
    /// <param name="moment">The moment.</param>
    public static implicit operator CookieExpiry(DateTimeOffset moment) => new(moment, null, null);

    /// <summary>Expires at a moment (a local <see cref="DateTime"/> is converted to UTC).</summary>
    /// <param name="moment">The moment.</param>
    public static implicit operator CookieExpiry(DateTime moment) => new(new DateTimeOffset(moment.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(moment, DateTimeKind.Utc) : moment), null, null);

    /// <summary>Expires this many seconds from now.</summary>
    /// <param name="seconds">The seconds.</param>
    public static implicit operator CookieExpiry(int seconds) => new(null, seconds, null);

    /// <summary>Expires as the text says (written as is).</summary>
    /// <param name="text">The text, such as an HTTP date.</param>
    public static implicit operator CookieExpiry(string text) => new(null, null, text ?? throw new ArgumentNullException(nameof(text)));

    /// <summary>Creates an expiry from a moment.</summary>
    /// <param name="moment">The moment.</param>
    /// <returns>The expiry.</returns>
    public static CookieExpiry At(DateTimeOffset moment) => moment;

    /// <summary>Creates an expiry some seconds from now.</summary>
    /// <param name="seconds">The seconds.</param>
    /// <returns>The expiry.</returns>
    public static CookieExpiry InSeconds(int seconds) => seconds;

    internal string Format(TimeProvider clock) =>
        _text ?? HttpDates.Format(_moment ?? clock.GetUtcNow().AddSeconds(_seconds ?? 0));
}

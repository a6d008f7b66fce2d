using System.Globalization;
using System.Text;
using Starlette.Types;

namespace Starlette.Responses;

public partial class Response
{
    private const string LegalKeyChars = "!#$%&'*+-.^_`|~:";
    private const string UnescapedValueChars = LegalKeyChars + " ()/<=>?@[]{}";

    /// <summary>
    /// Adds a <c>set-cookie</c> header, formatted as upstream's (Python's <c>SimpleCookie</c>): attributes in
    /// alphabetical order, values quoted when they hold characters a cookie token cannot.
    /// </summary>
    /// <param name="key">The cookie's name; letters, digits and <c>!#$%&amp;'*+-.^_`|~:</c> only.</param>
    /// <param name="value">The value.</param>
    /// <param name="maxAge">Seconds until the cookie expires (<c>Max-Age</c>).</param>
    /// <param name="expires">When it expires: a moment, seconds from now (by <see cref="TimeProvider"/>), or text.</param>
    /// <param name="path">The <c>Path</c>; default <c>/</c>, <see langword="null"/> for none.</param>
    /// <param name="domain">The <c>Domain</c>, if any.</param>
    /// <param name="secure">Adds <c>Secure</c>.</param>
    /// <param name="httpOnly">Adds <c>HttpOnly</c>.</param>
    /// <param name="sameSite">The <c>SameSite</c>; default lax, <see langword="null"/> for none.</param>
    /// <param name="partitioned">Adds <c>Partitioned</c> (CHIPS).</param>
    /// <exception cref="ArgumentException">The key holds a character a cookie name cannot.</exception>
    public void SetCookie(
        string key,
        string value = "",
        int? maxAge = null,
        CookieExpiry? expires = null,
        string? path = "/",
        string? domain = null,
        bool secure = false,
        bool httpOnly = false,
        SameSite? sameSite = SameSite.Lax,
        bool partitioned = false)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(value);
        if (key.Length == 0 || !key.All(IsLegalKeyChar))
            throw new ArgumentException($"Illegal cookie key '{key}': use letters, digits and !#$%&'*+-.^_`|~: only.", nameof(key));

        var cookie = new StringBuilder(key).Append('=').Append(QuoteValue(value));
        if (!string.IsNullOrEmpty(domain)) cookie.Append("; Domain=").Append(domain);
        if (expires is { } expiry) cookie.Append("; expires=").Append(expiry.Format(TimeProvider));
        if (httpOnly) cookie.Append("; HttpOnly");
        if (maxAge is int age) cookie.Append("; Max-Age=").Append(age.ToString(CultureInfo.InvariantCulture));
        if (partitioned) cookie.Append("; Partitioned");
        if (!string.IsNullOrEmpty(path)) cookie.Append("; Path=").Append(path);
        if (sameSite is { } site) cookie.Append("; SameSite=").Append(site switch { SameSite.Strict => "strict", SameSite.None => "none", _ => "lax" });
        if (secure) cookie.Append("; Secure");
        RawHeaders.Add(new HttpHeader("set-cookie", cookie.ToString()));
    }

    /// <summary>Adds a <c>set-cookie</c> header that removes the cookie (empty value, <c>Max-Age=0</c>, expires now).</summary>
    /// <param name="key">The cookie's name.</param>
    /// <param name="path">The <c>Path</c> it was set with; default <c>/</c>.</param>
    /// <param name="domain">The <c>Domain</c> it was set with, if any.</param>
    /// <param name="secure">Adds <c>Secure</c>.</param>
    /// <param name="httpOnly">Adds <c>HttpOnly</c>.</param>
    /// <param name="sameSite">The <c>SameSite</c>; default lax.</param>
    public void DeleteCookie(string key, string path = "/", string? domain = null, bool secure = false, bool httpOnly = false, SameSite? sameSite = SameSite.Lax) =>
        SetCookie(key, maxAge: 0, expires: 0, path: path, domain: domain, secure: secure, httpOnly: httpOnly, sameSite: sameSite);

    private static bool IsLegalKeyChar(char c) => char.IsAsciiLetterOrDigit(c) || LegalKeyChars.Contains(c, StringComparison.Ordinal);

    private static string QuoteValue(string value)
    {
        if (value.Length > 0 && value.All(IsLegalKeyChar)) return value;
        var quoted = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            if (c == '"') quoted.Append("\\\"");
            else if (c == '\\') quoted.Append("\\\\");
            else if (c > 255 || char.IsAsciiLetterOrDigit(c) || UnescapedValueChars.Contains(c, StringComparison.Ordinal)) quoted.Append(c);
            else quoted.Append('\\').Append(Convert.ToString(c, 8).PadLeft(3, '0'));
        }

        return quoted.Append('"').ToString();
    }
}

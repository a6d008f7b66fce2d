using Starlette.Datastructures;

namespace Starlette.Configuration;

public sealed partial class Config
{
    /// <summary>
    /// The value of a key that must be set, parsed as <typeparamref name="T"/> with the invariant culture: a
    /// <see cref="bool"/> is <c>true</c>/<c>1</c> or <c>false</c>/<c>0</c> in any case (upstream's spellings),
    /// floating-point types take no thousands separators, anything else uses <typeparamref name="T"/>'s own parser.
    /// </summary>
    /// <typeparam name="T">The type, e.g. <see cref="int"/>, <see cref="bool"/>, <see cref="double"/>, <see cref="Guid"/>, <see cref="TimeSpan"/>.</typeparam>
    /// <param name="key">The key, without the prefix.</param>
    /// <returns>The parsed value.</returns>
    /// <exception cref="KeyNotFoundException">The key is not set.</exception>
    /// <exception cref="FormatException">The value does not parse (<c>Config 'KEY' has value 'x'. Not a valid int.</c>).</exception>
    public T Get<T>(string key)
        where T : IParsable<T> =>
        TryGetRaw(key, out var fullKey, out var value) ? ValueCaster.Parse<T>(fullKey, value) : throw Missing(fullKey);

    /// <summary>The value of a key parsed as <typeparamref name="T"/> (as <see cref="Get{T}(string)"/>), or <paramref name="defaultValue"/> when it is not set.</summary>
    /// <typeparam name="T">The type.</typeparam>
    /// <param name="key">The key, without the prefix.</param>
    /// <param name="defaultValue">The value for an unset key, returned as it is.</param>
    /// <returns>The parsed value or the default.</returns>
    /// <exception cref="FormatException">The value does not parse.</exception>
    public T Get<T>(string key, T defaultValue)
        where T : IParsable<T> =>
        TryGetRaw(key, out var fullKey, out var value) ? ValueCaster.Parse<T>(fullKey, value) : defaultValue;

    /// <summary>
    /// The value of a key parsed as <typeparamref name="T"/> (as <see cref="Get{T}(string)"/>), or
    /// <paramref name="defaultValue"/> (possibly <see langword="null"/>) when it is not set: upstream's
    /// <c>config("KEY", cast=bool, default=None)</c>.
    /// </summary>
    /// <typeparam name="T">The value type.</typeparam>
    /// <param name="key">The key, without the prefix.</param>
    /// <param name="defaultValue">The value for an unset key, returned as it is.</param>
    /// <returns>The parsed value or the default.</returns>
    /// <exception cref="FormatException">The value does not parse.</exception>
    public T? Get<T>(string key, T? defaultValue)
        where T : struct, IParsable<T> =>
        TryGetRaw(key, out var fullKey, out var value) ? ValueCaster.Parse<T>(fullKey, value) : defaultValue;

    /// <summary>The value of a key that must be set, converted by <paramref name="cast"/> (upstream's <c>cast=</c> callable).</summary>
    /// <typeparam name="T">The type <paramref name="cast"/> returns.</typeparam>
    /// <param name="key">The key, without the prefix.</param>
    /// <param name="cast">Converts the raw value; a <see cref="FormatException"/>, <see cref="OverflowException"/>,
    /// <see cref="ArgumentException"/> or <see cref="InvalidCastException"/> from it means the value is invalid.</param>
    /// <returns>The converted value.</returns>
    /// <exception cref="KeyNotFoundException">The key is not set.</exception>
    /// <exception cref="FormatException">The cast failed (<c>Config 'KEY' has value 'x'. Not a valid Url.</c>, naming <typeparamref name="T"/>).</exception>
    public T Get<T>(string key, Func<string, T> cast)
    {
        ArgumentNullException.ThrowIfNull(cast);
        return TryGetRaw(key, out var fullKey, out var value) ? ValueCaster.Cast(fullKey, value, cast) : throw Missing(fullKey);
    }

    /// <summary>The value of a key converted by <paramref name="cast"/>, or <paramref name="defaultValue"/> when it is not set.</summary>
    /// <typeparam name="T">The type <paramref name="cast"/> returns.</typeparam>
    /// <param name="key">The key, without the prefix.</param>
    /// <param name="cast">Converts the raw value.</param>
    /// <param name="defaultValue">The value for an unset key, returned as it is (not cast).</param>
    /// <returns>The converted value or the default.</returns>
    /// <exception cref="FormatException">The cast failed.</exception>
    public T Get<T>(string key, Func<string, T> cast, T defaultValue)
    {
        ArgumentNullException.ThrowIfNull(cast);
        return TryGetRaw(key, out var fullKey, out var value) ? ValueCaster.Cast(fullKey, value, cast) : defaultValue;
    }

    /// <summary>The value of a key that must be set, as a <see cref="Secret"/> (masked in <c>ToString</c>).</summary>
    /// <param name="key">The key, without the prefix.</param>
    /// <returns>The secret.</returns>
    /// <exception cref="KeyNotFoundException">The key is not set.</exception>
    public Secret GetSecret(string key) => new(Get(key));

    /// <summary>
    /// The value of a key as a <see cref="Secret"/>; when it is not set, <paramref name="defaultValue"/> as a secret, or
    /// <see langword="null"/> for a <see langword="null"/> default (upstream's <c>cast=Secret, default=None</c>).
    /// </summary>
    /// <param name="key">The key, without the prefix.</param>
    /// <param name="defaultValue">The raw value for an unset key.</param>
    /// <returns>The secret, or <see langword="null"/>.</returns>
    public Secret? GetSecret(string key, string? defaultValue) => Get(key, defaultValue) is { } value ? new Secret(value) : null;

    /// <summary>The value of a key that must be set, split as <see cref="CommaSeparatedStrings"/>.</summary>
    /// <param name="key">The key, without the prefix.</param>
    /// <returns>The strings.</returns>
    /// <exception cref="KeyNotFoundException">The key is not set.</exception>
    /// <exception cref="FormatException">The value has an unclosed quote or a trailing backslash.</exception>
    public CommaSeparatedStrings GetCommaSeparatedStrings(string key) => Get(key, SplitCommas);

    /// <summary>
    /// The value of a key split as <see cref="CommaSeparatedStrings"/>; when it is not set, <paramref name="defaultValue"/>
    /// split the same way, or <see langword="null"/> for a <see langword="null"/> default.
    /// </summary>
    /// <param name="key">The key, without the prefix.</param>
    /// <param name="defaultValue">The raw value for an unset key.</param>
    /// <returns>The strings, or <see langword="null"/>.</returns>
    /// <exception cref="FormatException">The value (or default) has an unclosed quote or a trailing backslash.</exception>
    public CommaSeparatedStrings? GetCommaSeparatedStrings(string key, string? defaultValue)
    {
        if (TryGetRaw(key, out var fullKey, out var value)) return ValueCaster.Cast(fullKey, value, SplitCommas);
        return defaultValue is null ? null : ValueCaster.Cast(fullKey, defaultValue, SplitCommas);
    }

    private static CommaSeparatedStrings SplitCommas(string value) => new(value);
}

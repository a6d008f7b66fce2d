namespace Starlette.Datastructures;

/// <summary>
/// A string that must not show up in logs, exception messages or debuggers (upstream's <c>Secret</c>, e.g. for
/// configuration values).
/// </summary>
/// <remarks>
/// Deliberately unlike upstream, where <c>str(secret)</c> is the value and only <c>repr</c> is masked: in .NET,
/// <see cref="ToString"/> is what logging, string interpolation and debuggers use, so here it returns the masked
/// text <c>Secret('**********')</c>, and the value is read only on purpose, through <see cref="Reveal"/> or an
/// explicit <c>(string)</c> cast.
/// </remarks>
public sealed class Secret
{
    private readonly string _value;

    /// <summary>Wraps a value.</summary>
    /// <param name="value">The secret value.</param>
    public Secret(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>Whether the value is the empty string (upstream's <c>bool(secret)</c> is its negation).</summary>
    public bool IsEmpty => _value.Length == 0;

    /// <summary>The secret value (upstream's <c>str(secret)</c>). A method, so debuggers do not evaluate it.</summary>
    /// <returns>The value.</returns>
    public string Reveal() => _value;

    /// <summary>The masked text <c>Secret('**********')</c>; never the value.</summary>
    /// <returns>The masked text.</returns>
    public override string ToString() => "Secret('**********')";

    /// <summary>The secret value, as <see cref="Reveal"/>.</summary>
    /// <param name="secret">The secret.</param>
    public static explicit operator string(Secret secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        return secret._value;
    }
}

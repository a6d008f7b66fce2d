namespace Starlette.Datastructures;

/// <summary>
/// A parameter value that may be left out, as distinct from one given as <see langword="null"/>: upstream's
/// keyword arguments tell "not passed" from "passed <c>None</c>" (<c>url.replace(port=None)</c> removes the port),
/// which a plain nullable parameter cannot. Converts implicitly from <typeparamref name="T"/>, so callers write
/// <c>url.Replace(port: 8080)</c> or <c>url.Replace(port: null)</c> and leave the parameter out to keep the value.
/// </summary>
/// <typeparam name="T">The value's type, usually nullable.</typeparam>
public readonly struct Optional<T>
{
    /// <summary>Creates a given value.</summary>
    /// <param name="value">The value, which may be <see langword="null"/>.</param>
    public Optional(T value)
    {
        Value = value;
        HasValue = true;
    }

    /// <summary>Whether a value was given (<see langword="false"/> for <c>default</c>: the parameter was left out).</summary>
    public bool HasValue { get; }

    /// <summary>The given value; <c>default</c> when none was given.</summary>
    public T Value { get; }

    /// <summary>Gives a value.</summary>
    /// <param name="value">The value, which may be <see langword="null"/>.</param>
    public static implicit operator Optional<T>(T value) => new(value);

    /// <summary>The value when one was given, otherwise <paramref name="fallback"/>.</summary>
    /// <param name="fallback">What to use when no value was given.</param>
    /// <returns>The value or the fallback.</returns>
    public T GetValueOrDefault(T fallback) => HasValue ? Value : fallback;

    /// <summary>Describes the value, or <c>(unset)</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToString() => HasValue ? Value?.ToString() ?? "null" : "(unset)";
}

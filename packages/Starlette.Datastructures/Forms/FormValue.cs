namespace Starlette.Datastructures;

/// <summary>
/// One value of a form: either text or an uploaded file (upstream's <c>str | UploadFile</c>). Converts implicitly
/// from either; <c>(string)value</c> and <c>(UploadFile)value</c> read it back, as Python code checks
/// <c>isinstance</c>. <c>default(FormValue)</c>, which <see cref="ImmutableMultiDict{TKey, TValue}.Get(TKey)"/>
/// returns for a missing name (upstream's <c>None</c>), is neither: both <see cref="Text"/> and <see cref="File"/>
/// are <see langword="null"/>.
/// </summary>
public readonly struct FormValue : IEquatable<FormValue>, IPythonRepr
{
    private readonly object? _value;

    /// <summary>A text value.</summary>
    /// <param name="text">The text.</param>
    public FormValue(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        _value = text;
    }

    /// <summary>A file value.</summary>
    /// <param name="file">The uploaded file.</param>
    public FormValue(UploadFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        _value = file;
    }

    /// <summary>Whether the value is an uploaded file.</summary>
    public bool IsFile => _value is UploadFile;

    /// <summary>The text, or <see langword="null"/> when the value is a file.</summary>
    public string? Text => _value as string;

    /// <summary>The uploaded file, or <see langword="null"/> when the value is text.</summary>
    public UploadFile? File => _value as UploadFile;

    /// <summary>A text value.</summary>
    /// <param name="text">The text.</param>
    public static implicit operator FormValue(string text) => new(text);

    /// <summary>A file value.</summary>
    /// <param name="file">The uploaded file.</param>
    public static implicit operator FormValue(UploadFile file) => new(file);

    /// <summary>The text.</summary>
    /// <param name="value">The form value.</param>
    /// <exception cref="InvalidCastException">The value is a file.</exception>
    public static explicit operator string(FormValue value) =>
        value.Text ?? throw new InvalidCastException("The form value is a file, not text.");

    /// <summary>The uploaded file.</summary>
    /// <param name="value">The form value.</param>
    /// <exception cref="InvalidCastException">The value is text.</exception>
    public static explicit operator UploadFile(FormValue value) =>
        value.File ?? throw new InvalidCastException("The form value is text, not a file.");

    /// <summary>Whether both are the same text, or the same file instance.</summary>
    /// <param name="other">The other value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public bool Equals(FormValue other) =>
        _value is string text ? string.Equals(text, other._value as string, StringComparison.Ordinal) : ReferenceEquals(_value, other._value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FormValue other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => _value switch
    {
        string text => text.GetHashCode(StringComparison.Ordinal),
        null => 0,
        var file => file.GetHashCode(),
    };

    /// <summary>The text itself, or the file's description.</summary>
    /// <returns>The text or description.</returns>
    public override string ToString() => _value?.ToString() ?? "";

    string IPythonRepr.ToPythonRepr() => PythonRepr.Format(_value);

    /// <summary>Whether both are the same text, or the same file instance.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">Another value.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(FormValue left, FormValue right) => left.Equals(right);

    /// <summary>Whether the values differ.</summary>
    /// <param name="left">A value.</param>
    /// <param name="right">Another value.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(FormValue left, FormValue right) => !left.Equals(right);
}

using System.ComponentModel.DataAnnotations;

namespace Starlette.Typed;

/// <summary>Runs one DataAnnotations attribute on a value.</summary>
internal static class Annotations
{
    /// <summary>
    /// The attribute's error message for <paramref name="value"/>, or <see langword="null"/> when it is valid. An
    /// attribute that does not need a <see cref="ValidationContext"/> (most: Range, StringLength, Required, ...) is
    /// asked with <see cref="ValidationAttribute.IsValid(object?)"/>, so a valid value allocates nothing.
    /// </summary>
    /// <param name="attribute">The attribute.</param>
    /// <param name="value">The value to check.</param>
    /// <param name="instance">The object the value belongs to (the value itself for a parameter).</param>
    /// <param name="name">The member's or parameter's name, for the message.</param>
    public static string? Check(ValidationAttribute attribute, object? value, object instance, string name)
    {
        if (!attribute.RequiresValidationContext) return attribute.IsValid(value) ? null : attribute.FormatErrorMessage(name);
        var result = attribute.GetValidationResult(value, new ValidationContext(instance, name, null, null) { MemberName = name });
        return result is null ? null : result.ErrorMessage ?? attribute.FormatErrorMessage(name);
    }
}

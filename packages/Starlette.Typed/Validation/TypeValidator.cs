using System.Collections;
using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization.Metadata;

namespace Starlette.Typed;

/// <summary>
/// Validates a deserialized body against its type's JSON metadata, reporting every error at its JSON Pointer: a
/// non-nullable reference-type member that is missing or null, the members' DataAnnotations attributes (on the
/// property or on the record's constructor parameter), <see cref="IValidatableObject"/>, and the same for nested
/// objects and the objects of lists. Built once per type from the <see cref="JsonTypeInfo"/>, without reflection
/// over the type itself.
/// </summary>
internal sealed class TypeValidator
{
    private const int MaxDepth = 32;
    private MemberCheck[] _members = [];
    private bool _validatable;

    /// <summary>Whether the type has anything to check (otherwise no validator is used).</summary>
    public bool IsEmpty => _members.Length == 0 && !_validatable;

    internal void Initialize(MemberCheck[] members, bool validatable)
    {
        _members = members;
        _validatable = validatable;
    }

    public void Validate(object value, string pointer, BindingContext context, int depth)
    {
        if (depth > MaxDepth) return;
        foreach (var member in _members)
        {
            var name = member.Property.Name;
            var memberValue = member.Property.Get!(value);
            if (memberValue is null && member.NonNullable)
            {
                context.AddError(ParameterSource.Body, pointer + "/" + name, $"The {name} field is required.");
                continue;
            }

            // The member's pointer is only built when an error or a nested value needs it: a valid body allocates nothing here.
            foreach (var attribute in member.Attributes)
            {
                if (Annotations.Check(attribute, memberValue, value, name) is { } error) context.AddError(ParameterSource.Body, pointer + "/" + name, error);
            }

            if (memberValue is null) continue;
            if (member.Nested is { } nested) nested.Validate(memberValue, pointer + "/" + name, context, depth + 1);
            else if (member.Elements is { } elements && memberValue is IEnumerable list) ValidateElements(elements, list, pointer + "/" + name, context, depth);
        }

        if (_validatable && value is IValidatableObject validatable)
        {
            foreach (var result in validatable.Validate(new ValidationContext(value, pointer, null, null)))
            {
                var names = result.MemberNames.ToList();
                if (names.Count == 0) names.Add("");
                foreach (var name in names) context.AddError(ParameterSource.Body, name.Length == 0 ? pointer : pointer + "/" + name, result.ErrorMessage ?? "Invalid value.");
            }
        }
    }

    private static void ValidateElements(TypeValidator elements, IEnumerable list, string pointer, BindingContext context, int depth)
    {
        var index = 0;
        foreach (var item in list)
        {
            if (item is not null) elements.Validate(item, pointer + "/" + index, context, depth + 1);
            index++;
        }
    }

    /// <summary>What is checked on one member.</summary>
    internal sealed record MemberCheck(JsonPropertyInfo Property, bool NonNullable, ValidationAttribute[] Attributes, TypeValidator? Nested, TypeValidator? Elements);
}

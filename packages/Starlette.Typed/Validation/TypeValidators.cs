using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace Starlette.Typed;

/// <summary>Builds and caches the <see cref="TypeValidator"/> of each body type (recursive types included).</summary>
internal sealed class TypeValidators(JsonSerializerOptions options)
{
    private readonly Dictionary<Type, TypeValidator?> _validators = [];
    private readonly Lock _lock = new();

    /// <summary>The validator of <paramref name="typeInfo"/>'s type, or <see langword="null"/> when it has nothing to check.</summary>
    public TypeValidator? For(JsonTypeInfo typeInfo)
    {
        lock (_lock) return Build(typeInfo);
    }

    private TypeValidator? Build(JsonTypeInfo typeInfo)
    {
        if (_validators.TryGetValue(typeInfo.Type, out var known)) return known;
        if (typeInfo.Kind == JsonTypeInfoKind.Enumerable && typeInfo.ElementType is { } element) return Build(options.GetTypeInfo(element));
        if (typeInfo.Kind != JsonTypeInfoKind.Object) return _validators[typeInfo.Type] = null;

        var validator = new TypeValidator();
        _validators[typeInfo.Type] = validator; // before the members: a recursive type finds itself
        var members = new List<TypeValidator.MemberCheck>();
        foreach (var property in typeInfo.Properties)
        {
            if (property.Get is null || (property.Set is null && property.AssociatedParameter is null)) continue;
            var nonNullable = !property.PropertyType.IsValueType && !property.IsSetNullable;
            var attributes = Attributes(property);
            var propertyInfo = options.GetTypeInfo(property.PropertyType);
            TypeValidator? nested = null, elements = null;
            if (propertyInfo.Kind == JsonTypeInfoKind.Object) nested = Build(propertyInfo);
            else if (propertyInfo.Kind == JsonTypeInfoKind.Enumerable && propertyInfo.ElementType is { } itemType) elements = Build(options.GetTypeInfo(itemType));
            if (nonNullable || attributes.Length > 0 || nested is not null || elements is not null)
            {
                members.Add(new TypeValidator.MemberCheck(property, nonNullable, attributes, nested, elements));
            }
        }

        var validatable = typeof(IValidatableObject).IsAssignableFrom(typeInfo.Type);
        validator.Initialize([.. members], validatable);
        if (validator.IsEmpty) _validators[typeInfo.Type] = null;
        return _validators[typeInfo.Type];
    }

    private static ValidationAttribute[] Attributes(JsonPropertyInfo property)
    {
        var found = new List<ValidationAttribute>();
        Add(found, property.AttributeProvider);
        Add(found, property.AssociatedParameter?.AttributeProvider);
        return [.. found];
    }

    private static void Add(List<ValidationAttribute> found, System.Reflection.ICustomAttributeProvider? provider)
    {
        if (provider is null) return;
        foreach (var attribute in provider.GetCustomAttributes(typeof(ValidationAttribute), inherit: true))
        {
            if (attribute is ValidationAttribute validation && !found.Contains(validation)) found.Add(validation);
        }
    }
}

using System.ComponentModel.DataAnnotations;
using Starlette.Routing;

namespace Starlette.Typed;

/// <summary>What registration decided about one handler parameter; the binder and the OpenAPI generator read it.</summary>
internal sealed class ParameterModel(string name, Type type, ParameterSource source)
{
    /// <summary>The name in the request (path/query/header/cookie name), or the parameter's name.</summary>
    public string Name { get; } = name;

    /// <summary>The parameter's declared type.</summary>
    public Type Type { get; } = type;

    /// <summary>Where the value comes from.</summary>
    public ParameterSource Source { get; } = source;

    /// <summary>Whether a request without the value is an error (non-nullable and no default).</summary>
    public bool Required { get; init; }

    /// <summary>The default value of an optional parameter, when it has one.</summary>
    public object? DefaultValue { get; init; }

    /// <summary>The route's convertor of a path parameter.</summary>
    public Convertor? Convertor { get; init; }

    /// <summary>The DataAnnotations attributes on the parameter.</summary>
    public ValidationAttribute[] Validators { get; init; } = [];
}

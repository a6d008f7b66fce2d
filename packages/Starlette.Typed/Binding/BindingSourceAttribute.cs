namespace Starlette.Typed;

/// <summary>
/// Says where a handler parameter's value comes from, overriding the conventions (a name of the path template is a
/// path parameter, a registered service is a service, a simple type is a query parameter, anything else is the JSON body).
/// </summary>
[AttributeUsage(AttributeTargets.Parameter, AllowMultiple = false, Inherited = false)]
public abstract class BindingSourceAttribute : Attribute
{
    /// <summary>Creates the attribute.</summary>
    /// <param name="name">The name in the request; default the parameter's name (kebab-case for a header).</param>
    protected BindingSourceAttribute(string? name) => Name = name;

    /// <summary>The name in the request, or <see langword="null"/> for the parameter's own name.</summary>
    public string? Name { get; }

    internal abstract ParameterSource Source { get; }
}

/// <summary>Binds the parameter from a path parameter of the route's template (converted by its convertor).</summary>
/// <param name="name">The template's parameter name; default the parameter's name.</param>
public sealed class FromPathAttribute(string? name = null) : BindingSourceAttribute(name)
{
    internal override ParameterSource Source => ParameterSource.Path;
}

/// <summary>Binds the parameter from the query string (an array parameter takes every value of the name).</summary>
/// <param name="name">The query parameter's name; default the parameter's name.</param>
public sealed class FromQueryAttribute(string? name = null) : BindingSourceAttribute(name)
{
    internal override ParameterSource Source => ParameterSource.Query;
}

/// <summary>Binds the parameter from a request header.</summary>
/// <param name="name">The header's name; default the parameter's name in kebab-case (<c>userAgent</c> reads <c>user-agent</c>).</param>
public sealed class FromHeaderAttribute(string? name = null) : BindingSourceAttribute(name)
{
    internal override ParameterSource Source => ParameterSource.Header;
}

/// <summary>Binds the parameter from a request cookie.</summary>
/// <param name="name">The cookie's name; default the parameter's name.</param>
public sealed class FromCookieAttribute(string? name = null) : BindingSourceAttribute(name)
{
    internal override ParameterSource Source => ParameterSource.Cookie;
}

/// <summary>Binds the parameter from the JSON request body (even a simple type).</summary>
public sealed class FromBodyAttribute() : BindingSourceAttribute(null)
{
    internal override ParameterSource Source => ParameterSource.Body;
}

/// <summary>Resolves the parameter from the request's dependency-injection scope.</summary>
public sealed class FromServicesAttribute() : BindingSourceAttribute(null)
{
    internal override ParameterSource Source => ParameterSource.Services;
}

using Starlette.Datastructures;

namespace Starlette.Requests;

/// <content>Typed reads of the path parameters, and <c>url_for</c> with the parameters written inline.</content>
public partial class HttpConnection
{
    /// <summary>The path parameter <paramref name="name"/>, as the route's convertor produced it
    /// (<c>{id:int}</c> gives an <see cref="int"/>, <c>{id}</c> a <see cref="string"/>).</summary>
    /// <typeparam name="T">The parameter's type.</typeparam>
    /// <param name="name">The parameter's name in the route's path.</param>
    /// <returns>The value.</returns>
    /// <exception cref="KeyNotFoundException">The route has no parameter of that name.</exception>
    /// <exception cref="InvalidCastException">The parameter holds a value of another type.</exception>
    public T PathParam<T>(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (!PathParams.TryGetValue(name, out var value))
            throw new KeyNotFoundException($"The route has no path parameter '{name}'.");
        return value is T typed ? typed
            : throw new InvalidCastException($"The path parameter '{name}' is a {value?.GetType().Name ?? "null"}, not a {typeof(T).Name}.");
    }

    /// <summary>The absolute URL of a named route, its path parameters given inline:
    /// <c>request.UrlFor("user", ("tenant", "acme"), ("id", 42))</c>.</summary>
    /// <param name="name">The route's name.</param>
    /// <param name="pathParams">The values of the route's path parameters.</param>
    /// <returns>The absolute URL.</returns>
    /// <exception cref="InvalidOperationException">There is no router or application in the scope.</exception>
    public Url UrlFor(string name, params (string Name, object? Value)[] pathParams)
    {
        ArgumentNullException.ThrowIfNull(pathParams);
        var values = new Dictionary<string, object?>(pathParams.Length, StringComparer.Ordinal);
        foreach (var (key, value) in pathParams) values[key] = value;
        return UrlFor(name, values);
    }
}

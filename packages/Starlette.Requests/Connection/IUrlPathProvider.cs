using Starlette.Datastructures;

namespace Starlette.Requests;

/// <summary>
/// Something that can build the path of a named route (a router or an application): what
/// <see cref="HttpConnection.UrlFor(string, IReadOnlyDictionary{string, object?}?)"/> finds in the scope under <c>"router"</c> or <c>"app"</c>.
/// </summary>
public interface IUrlPathProvider
{
    /// <summary>Builds the path of the route called <paramref name="name"/> with the given path parameters.</summary>
    /// <param name="name">The route's name, such as <c>"users:detail"</c>.</param>
    /// <param name="pathParams">The values of the route's path parameters.</param>
    /// <returns>The path, with the protocol and host of host-bound routes.</returns>
    UrlPath UrlPathFor(string name, IReadOnlyDictionary<string, object?> pathParams);
}

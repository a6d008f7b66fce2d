namespace Starlette.Routing;

/// <summary>
/// An endpoint that dispatches each HTTP method to its own handler (a class-based endpoint such as Starlette's
/// <c>HttpEndpoint</c>), so that tools such as schema generators can document each handler (upstream reads the
/// endpoint class's <c>get</c>, <c>post</c>, ... methods). A <see cref="Route"/>'s <see cref="Route.Endpoint"/>
/// targets such an object when the route was given one.
/// </summary>
public interface IHttpMethodHandlers
{
    /// <summary>The handler of each mapped method, keyed by the uppercase method name, as the handler was given.</summary>
    IReadOnlyDictionary<string, Delegate> MethodHandlers { get; }
}

namespace Starlette.Schemas;

/// <summary>One documented operation found in the routes (upstream's <c>EndpointInfo</c>).</summary>
/// <param name="Path">The full path with convertors removed, such as <c>/users/{id}</c>.</param>
/// <param name="HttpMethod">The lowercase method, such as <c>get</c>.</param>
/// <param name="Func">The handler whose <see cref="OpenApiAttribute"/> describes the operation.</param>
public sealed record EndpointInfo(string Path, string HttpMethod, Delegate Func);

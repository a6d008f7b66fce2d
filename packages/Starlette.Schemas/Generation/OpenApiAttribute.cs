namespace Starlette.Schemas;

/// <summary>
/// The OpenAPI description of an endpoint handler, as YAML: the .NET stand-in for the docstring upstream's schema
/// generator reads. Text before the last <c>---</c> is ignored (a prose description may precede the YAML), and YAML
/// that is not a mapping is ignored, as upstream does. Put it on a handler method, local function or lambda.
/// </summary>
/// <example>
/// <code>
/// var route = new Route("/users", [OpenApi("""
///     responses:
///       200:
///         description: A list of users.
///     """)] (Request request) => ListUsers(request));
/// </code>
/// </example>
/// <param name="yaml">The YAML, optionally preceded by prose and a <c>---</c> line.</param>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class OpenApiAttribute(string yaml) : Attribute
{
    /// <summary>The text as given.</summary>
    public string Yaml { get; } = yaml ?? throw new ArgumentNullException(nameof(yaml));
}

using System.Text;
using Starlette.Responses;
using Starlette.Types;

namespace Starlette.Schemas;

/// <summary>
/// A schema as YAML with media type <c>application/vnd.oai.openapi</c> (upstream's <c>OpenAPIResponse</c>): the same
/// document upstream's <c>yaml.dump(content, default_flow_style=False)</c> gives, in YamlDotNet's layout (see
/// <see cref="OpenApiYaml.Dump"/>).
/// </summary>
public class OpenApiResponse : Response
{
    /// <summary>The media type of OpenAPI documents.</summary>
    public const string OpenApiMediaType = "application/vnd.oai.openapi";

    /// <summary>Renders <paramref name="content"/>.</summary>
    /// <param name="content">The schema.</param>
    /// <param name="statusCode">The status code; default 200.</param>
    /// <param name="headers">Headers to send.</param>
    /// <param name="mediaType">The media type; default <see cref="OpenApiMediaType"/>.</param>
    /// <param name="background">Work to run after the response is sent.</param>
    /// <exception cref="ArgumentNullException"><paramref name="content"/> is null (upstream asserts a dictionary).</exception>
    public OpenApiResponse(IReadOnlyDictionary<string, object?> content, int statusCode = Status.Http200OK, HeaderFields? headers = null, string? mediaType = null, BackgroundTask? background = null)
        : base(Render(content), statusCode, headers, mediaType ?? OpenApiMediaType, background)
    {
    }

    private static byte[] Render(IReadOnlyDictionary<string, object?> content)
    {
        if (content is null) throw new ArgumentNullException(nameof(content), "The schema passed to OpenAPIResponse should be a dictionary.");
        return Encoding.UTF8.GetBytes(OpenApiYaml.Dump(content));
    }
}

namespace Starlette.Schemas.Tests.Responses;

public sealed class OpenApiResponseTests
{
    [Fact]
    public void Constructor_Schema_RendersYamlWithOpenApiMediaType()
    {
        var response = new OpenApiResponse(new Dictionary<string, object?> { ["openapi"] = "3.0.0" });

        Assert.Equal("openapi: 3.0.0\n"u8.ToArray(), response.Body.ToArray());
        Assert.Equal(OpenApiResponse.OpenApiMediaType, response.MediaType);
        Assert.Contains(response.RawHeaders, h => h.Name == "content-type" && h.Value == "application/vnd.oai.openapi");
    }

    [Fact]
    public void Constructor_NullSchema_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => new OpenApiResponse(null!));
    }
}

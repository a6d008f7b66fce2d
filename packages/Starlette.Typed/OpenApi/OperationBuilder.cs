using Microsoft.OpenApi;

namespace Starlette.Typed;

/// <summary>Builds the OpenAPI operation of one typed endpoint.</summary>
internal sealed class OperationBuilder(OpenApiDocument document, SchemaRegistry schemas, TypedEndpoint endpoint)
{
    private const string EventStream = "text/event-stream";

    public OpenApiOperation Build()
    {
        var operation = new OpenApiOperation
        {
            OperationId = endpoint.OperationId,
            Summary = endpoint.Summary,
            Description = endpoint.Description,
            Parameters = [],
            Responses = [],
        };
        if (endpoint.Tags.Count > 0) operation.Tags = new HashSet<OpenApiTagReference>(endpoint.Tags.Select(t => new OpenApiTagReference(t, document)));
        var validates = false;
        foreach (var parameter in endpoint.Parameters)
        {
            var location = Location(parameter.Source);
            if (location is { } where)
            {
                operation.Parameters.Add(new OpenApiParameter
                {
                    Name = parameter.Name,
                    In = where,
                    Required = parameter.Source == ParameterSource.Path || parameter.Required,
                    Schema = schemas.ForParameter(parameter),
                });
                validates = true;
            }
            else if (parameter.Source == ParameterSource.Body)
            {
                operation.RequestBody = new OpenApiRequestBody
                {
                    Required = parameter.Required,
                    Content = new Dictionary<string, IOpenApiMediaType> { ["application/json"] = new OpenApiMediaType { Schema = schemas.For(parameter.Type) } },
                };
                validates = true;
            }
        }

        operation.Responses[endpoint.StatusCode.ToString(System.Globalization.CultureInfo.InvariantCulture)] = Success();
        if (endpoint.Shape.ReadsBody)
        {
            operation.Responses["400"] = Problem("Malformed JSON body.");
            operation.Responses["415"] = Problem("The body is not JSON.");
        }

        if (validates) operation.Responses["422"] = Problem("Validation error: every invalid or missing value.");
        foreach (var (status, description, type) in endpoint.ExtraResponses)
        {
            var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            operation.Responses[key] = type == typeof(ProblemDetails) ? Problem(description) : Response(description, type);
        }

        return operation;
    }

    private OpenApiResponse Success()
    {
        if (endpoint.IsEventStream)
        {
            var item = endpoint.ResultType is { } itemType ? schemas.For(itemType) : null;
            return new OpenApiResponse
            {
                Description = "A stream of server-sent events" + (item is null ? "." : "; each event's data is one JSON value of the item schema."),
                Content = new Dictionary<string, IOpenApiMediaType>
                {
                    [EventStream] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String }, ItemSchema = item },
                },
            };
        }

        return Response("Successful response.", endpoint.ResultType);
    }

    private OpenApiResponse Response(string description, Type? type) => new()
    {
        Description = description,
        Content = type is null ? null : new Dictionary<string, IOpenApiMediaType> { ["application/json"] = new OpenApiMediaType { Schema = schemas.For(type) } },
    };

    private OpenApiResponse Problem(string description) => new()
    {
        Description = description,
        Content = new Dictionary<string, IOpenApiMediaType> { [Problems.MediaType] = new OpenApiMediaType { Schema = schemas.Problem() } },
    };

    private static ParameterLocation? Location(ParameterSource source) => source switch
    {
        ParameterSource.Path => ParameterLocation.Path,
        ParameterSource.Query => ParameterLocation.Query,
        ParameterSource.Header => ParameterLocation.Header,
        ParameterSource.Cookie => ParameterLocation.Cookie,
        _ => null,
    };
}

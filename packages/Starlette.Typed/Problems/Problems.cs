using System.Text.Json.Serialization;
using Starlette.Responses;
using Starlette.Types;

namespace Starlette.Typed;

/// <summary>Builds <c>application/problem+json</c> responses.</summary>
internal static class Problems
{
    public const string MediaType = "application/problem+json";

    public static Response Response(ProblemDetails problem, HeaderFields? headers = null) =>
        new JsonResponse(problem, ProblemJsonContext.Default.ProblemDetails, problem.Status, headers, MediaType);

    public static Response FromBinding(BindingContext context)
    {
        var status = context.FailureStatus;
        var detail = status == Status.Http422UnprocessableContent ? "The request has invalid or missing values." : context.FailureDetail;
        return Response(new ProblemDetails
        {
            Title = StatusPhrases.Of(status),
            Status = status,
            Detail = detail,
            Instance = context.Scope.Path,
            Errors = status == Status.Http422UnprocessableContent ? context.Errors : null,
        });
    }

    public static Response FromException(ProblemException error, Scope scope) => Response(new ProblemDetails
    {
        Type = error.Type ?? "about:blank",
        Title = error.Title ?? StatusPhrases.Of(error.Status),
        Status = error.Status,
        Detail = error.Detail,
        Instance = scope.Path,
    });
}

/// <summary>Source-generated metadata of the problem types.</summary>
[JsonSourceGenerationOptions(DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(ProblemDetails))]
internal sealed partial class ProblemJsonContext : JsonSerializerContext;

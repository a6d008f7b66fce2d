using Starlette.GraphQL.Execution;

namespace Starlette.GraphQL.Http;

/// <summary>A GraphQL request read from HTTP, or why it could not be read (a plain-text answer and its status).</summary>
internal readonly record struct RequestReadResult(OperationRequest? Request, int Status, string? Problem)
{
    public static RequestReadResult Ok(OperationRequest request) => new(request, 200, null);

    public static RequestReadResult Fail(int status, string problem) => new(null, status, problem);

    public static RequestReadResult BadRequest(string problem) => Fail(Types.Status.Http400BadRequest, problem);
}

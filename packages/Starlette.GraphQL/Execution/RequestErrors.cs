using GraphQL;

namespace Starlette.GraphQL.Execution;

/// <summary>Results for requests that never reach execution.</summary>
internal static class RequestErrors
{
    /// <summary>A result with one error and no data (a request error: <see cref="ExecutionResult.Executed"/> false).</summary>
    public static ExecutionResult Result(string message) => new() { Errors = [new ExecutionError(message)], Executed = false };
}

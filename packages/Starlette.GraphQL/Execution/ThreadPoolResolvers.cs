using GraphQL.Execution;
using GraphQL.Resolvers;

namespace Starlette.GraphQL.Execution;

/// <summary>Which nodes <see cref="GraphQLOptions.RunResolversOnThreadPool"/> moves to the thread pool: fields with a
/// resolver of their own, not plain property reads and not introspection.</summary>
internal static class ThreadPoolResolvers
{
    public static bool ShouldOffload(ExecutionNode node)
    {
        var field = node.FieldDefinition;
        if (field is null || field.Resolver is null or NameFieldResolver) return false;
        if (field.Name.StartsWith("__", StringComparison.Ordinal)) return false;
        return node.Parent?.GraphType?.Name is not { } parent || !parent.StartsWith("__", StringComparison.Ordinal);
    }

    public static Task Run(Func<Task> execute) => Task.Run(execute);
}

/// <summary>GraphQL.NET's parallel strategy (queries), resolvers on the thread pool.</summary>
internal sealed class ThreadPoolParallelStrategy : ParallelExecutionStrategy
{
    protected override Task ExecuteNodeAsync(global::GraphQL.Execution.ExecutionContext context, ExecutionNode node)
        => ThreadPoolResolvers.ShouldOffload(node) ? ThreadPoolResolvers.Run(() => base.ExecuteNodeAsync(context, node)) : base.ExecuteNodeAsync(context, node);
}

/// <summary>GraphQL.NET's serial strategy (mutations), resolvers on the thread pool, still one after another.</summary>
internal sealed class ThreadPoolSerialStrategy : SerialExecutionStrategy
{
    protected override Task ExecuteNodeAsync(global::GraphQL.Execution.ExecutionContext context, ExecutionNode node)
        => ThreadPoolResolvers.ShouldOffload(node) ? ThreadPoolResolvers.Run(() => base.ExecuteNodeAsync(context, node)) : base.ExecuteNodeAsync(context, node);
}

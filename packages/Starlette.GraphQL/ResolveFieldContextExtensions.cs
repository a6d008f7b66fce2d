using GraphQL;

namespace Starlette.GraphQL;

/// <summary>Reaches the <see cref="GraphQLContext"/> from a resolver.</summary>
public static class ResolveFieldContextExtensions
{
    /// <summary>The operation's <see cref="GraphQLContext"/> (connection, request, background tasks).</summary>
    /// <param name="context">The resolver's context.</param>
    /// <exception cref="InvalidOperationException">The operation was not executed by a <see cref="GraphQLApp"/>.</exception>
    public static GraphQLContext GetGraphQLContext(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.UserContext as GraphQLContext
            ?? throw new InvalidOperationException("The operation was not executed by a Starlette GraphQLApp: its user context is not a GraphQLContext.");
    }
}

using Starlette.GraphQL.Subscriptions;

namespace Starlette.GraphQL;

/// <summary>
/// Subscription sources for GraphQL.NET's stream resolvers, which take an <see cref="IObservable{T}"/>: any
/// observable works as it is, and an <see cref="IAsyncEnumerable{T}"/> (a channel reader, a broadcast subscription,
/// an async iterator) works through <see cref="ToObservable{T}"/>.
/// </summary>
/// <example>
/// <code>
/// AddField(new FieldType
/// {
///     Name = "ticks",
///     Type = typeof(IntGraphType),
///     StreamResolver = new SourceStreamResolver&lt;int&gt;(context => TicksAsync(context.CancellationToken).ToObservable()),
/// });
/// </code>
/// </example>
public static class GraphQLStreams
{
    /// <summary>An observable that enumerates <paramref name="source"/> once per subscriber, from a thread-pool
    /// task: each item is <c>OnNext</c>, the end <c>OnCompleted</c>, an exception <c>OnError</c>. Disposing the
    /// subscription cancels the enumeration (the token reaches <c>WithCancellation</c>-aware sources and the
    /// iterator's <c>[EnumeratorCancellation]</c> parameter).</summary>
    /// <param name="source">The stream of events.</param>
    /// <typeparam name="T">The event type.</typeparam>
    public static IObservable<T> ToObservable<T>(this IAsyncEnumerable<T> source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new AsyncEnumerableObservable<T>(source);
    }
}

namespace Starlette.Common.Diagnostics;

/// <summary>
/// An exception and the exceptions that caused it (<see cref="Exception.InnerException"/>, every one of an
/// <see cref="AggregateException"/>'s), in the order Python prints a chain: the causes first, each followed by the
/// exception it caused, the one that was raised last.
/// </summary>
internal static class ExceptionChain
{
    /// <summary>The most causes listed, and the deepest; a longer chain is cut there (a cyclic one at the repeat).</summary>
    public const int Limit = 32;

    /// <summary>One exception of the chain.</summary>
    /// <param name="Error">The exception.</param>
    /// <param name="Depth">0 for the exception raised, 1 for its causes, and so on.</param>
    /// <param name="Label">"2 of 3" for one of an aggregate's exceptions; otherwise <see langword="null"/>.</param>
    public readonly record struct Link(Exception Error, int Depth, string? Label);

    /// <summary>The chain of <paramref name="error"/>, causes first, <paramref name="error"/> last.</summary>
    public static IReadOnlyList<Link> Of(Exception error)
    {
        var links = new List<Link>();
        var seen = new HashSet<Exception>(ReferenceEqualityComparer.Instance);
        Add(error, 0, null, links, seen);
        return links;
    }

    /// <summary>
    /// The sentence to write before <paramref name="index"/>'s exception: the cause sentence when the one before it
    /// is one of its causes, otherwise <see langword="null"/> (the first, or the next of an aggregate's exceptions).
    /// </summary>
    public static string? SentenceBefore(IReadOnlyList<Link> links, int index) =>
        index > 0 && links[index].Depth < links[index - 1].Depth
            ? CauseSentence(links[index].Error is AggregateException { InnerExceptions.Count: > 1 })
            : null;

    /// <summary>The exception's full type name and message: <c>System.InvalidOperationException: boom</c>.</summary>
    public static string Headline(Exception error) => error.GetType().FullName + ": " + error.Message;

    // The sentence between a cause and the exception it caused, as Python words it.
    private static string CauseSentence(bool many) => many
        ? "The above exceptions were the direct cause of the following exception:"
        : "The above exception was the direct cause of the following exception:";

    private static void Add(Exception error, int depth, string? label, List<Link> links, HashSet<Exception> seen)
    {
        if (!seen.Add(error)) return;
        if (error is AggregateException aggregate)
        {
            var count = aggregate.InnerExceptions.Count;
            for (var i = 0; i < count && depth < Limit && links.Count < Limit; i++)
                Add(aggregate.InnerExceptions[i], depth + 1, $"{i + 1} of {count}", links, seen);
        }
        else if (error.InnerException is { } inner && depth < Limit && links.Count < Limit)
        {
            Add(inner, depth + 1, null, links, seen);
        }

        links.Add(new Link(error, depth, label));
    }
}

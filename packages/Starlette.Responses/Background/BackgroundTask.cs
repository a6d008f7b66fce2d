using System.Runtime.CompilerServices;

namespace Starlette.Responses;

/// <summary>
/// Work to run after a response has been sent (upstream's <c>BackgroundTask</c>). Asynchronous work runs on the
/// request's flow; synchronous work runs on the thread pool so it does not hold up the server.
/// </summary>
public class BackgroundTask
{
    private readonly Func<ValueTask>? _work;

    /// <summary>Creates a task from asynchronous work returning a <see cref="ValueTask"/> (preferred for lambdas).</summary>
    /// <param name="work">The work.</param>
    [OverloadResolutionPriority(1)]
    public BackgroundTask(Func<ValueTask> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _work = work;
    }

    /// <summary>Creates a task from asynchronous work.</summary>
    /// <param name="work">The work.</param>
    public BackgroundTask(Func<Task> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _work = () => new ValueTask(work());
    }

    /// <summary>Creates a task from synchronous work, run on the thread pool.</summary>
    /// <param name="work">The work.</param>
    public BackgroundTask(Action work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _work = () => new ValueTask(Task.Run(work));
    }

    /// <summary>For <see cref="BackgroundTasks"/>, which runs its own list.</summary>
    private protected BackgroundTask()
    {
    }

    /// <summary>Runs the work.</summary>
    /// <returns>A task that completes when the work is done; it carries the work's exception, if any.</returns>
    public virtual ValueTask RunAsync() => _work!();
}

using System.Runtime.CompilerServices;

namespace Starlette.Responses;

/// <summary>
/// Several background tasks, run one after the other in the order added (upstream's <c>BackgroundTasks</c>).
/// A task that throws stops the ones after it, and the exception reaches the caller.
/// </summary>
public sealed class BackgroundTasks : BackgroundTask
{
    private readonly List<BackgroundTask> _tasks;

    /// <summary>Creates the list, optionally with tasks.</summary>
    /// <param name="tasks">The first tasks.</param>
    public BackgroundTasks(IEnumerable<BackgroundTask>? tasks = null) => _tasks = tasks?.ToList() ?? [];

    /// <summary>The tasks, in the order they run.</summary>
    public IReadOnlyList<BackgroundTask> Tasks => _tasks;

    /// <summary>Adds asynchronous work returning a <see cref="ValueTask"/> (preferred for lambdas).</summary>
    /// <param name="work">The work.</param>
    [OverloadResolutionPriority(1)]
    public void AddTask(Func<ValueTask> work) => _tasks.Add(new BackgroundTask(work));

    /// <summary>Adds asynchronous work.</summary>
    /// <param name="work">The work.</param>
    public void AddTask(Func<Task> work) => _tasks.Add(new BackgroundTask(work));

    /// <summary>Adds synchronous work, run on the thread pool.</summary>
    /// <param name="work">The work.</param>
    public void AddTask(Action work) => _tasks.Add(new BackgroundTask(work));

    /// <summary>Adds a task.</summary>
    /// <param name="task">The task.</param>
    public void Add(BackgroundTask task) => _tasks.Add(task ?? throw new ArgumentNullException(nameof(task)));

    /// <inheritdoc />
    public override async ValueTask RunAsync()
    {
        foreach (var task in _tasks) await task.RunAsync().ConfigureAwait(false);
    }
}

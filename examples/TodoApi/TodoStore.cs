using System.Collections.Concurrent;

namespace TodoApi;

/// <summary>The todos, in memory (a singleton service).</summary>
public sealed class TodoStore
{
    private readonly ConcurrentDictionary<int, Todo> _todos = new();
    private int _lastId;

    public List<Todo> List(bool? done, int limit) =>
        [.. _todos.Values.Where(t => done is null || t.Done == done).OrderBy(t => t.Id).Take(limit)];

    public Todo? Find(int id) => _todos.GetValueOrDefault(id);

    public Todo Add(TodoInput input)
    {
        var todo = new Todo(Interlocked.Increment(ref _lastId), input.Title, input.Done);
        _todos[todo.Id] = todo;
        return todo;
    }

    public Todo? Replace(int id, TodoInput input) =>
        _todos.ContainsKey(id) ? _todos[id] = new Todo(id, input.Title, input.Done) : null;

    public bool Remove(int id) => _todos.TryRemove(id, out _);
}

using Starlette.Testing;
using static Starlette.Responses.Tests.Harness;

namespace Starlette.Responses.Tests;

public class BackgroundTaskTests
{
    [Fact]
    public async Task AsyncTask_RunsAfterResponse() // upstream test_async_task
    {
        var complete = false;
        var task = new BackgroundTask(async () => { await Task.Yield(); complete = true; });
        using var client = new TestClient(App(_ => new Response("task initiated", mediaType: "text/plain", background: task)));

        Assert.Equal("task initiated", await client.GetStringAsync("/"));
        Assert.True(complete);
    }

    [Fact]
    public async Task SyncTask_RunsOnThreadPool() // upstream test_sync_task
    {
        var complete = false;
        using var client = new TestClient(App(_ => new Response("task initiated", mediaType: "text/plain", background: new BackgroundTask(() => { complete = true; }))));

        Assert.Equal("task initiated", await client.GetStringAsync("/"));
        Assert.True(complete);
    }

    [Fact]
    public async Task MultipleTasks_RunInOrder() // upstream test_multiple_tasks
    {
        var counter = 0;
        var order = new List<int>();
        using var client = new TestClient(App(_ =>
        {
            var tasks = new BackgroundTasks();
            foreach (var amount in new[] { 1, 2, 3 }) tasks.AddTask(() => { counter += amount; order.Add(amount); });
            return new Response("tasks initiated", mediaType: "text/plain", background: tasks);
        }));

        Assert.Equal("tasks initiated", await client.GetStringAsync("/"));
        Assert.Equal(6, counter);
        Assert.Equal([1, 2, 3], order);
    }

    [Fact]
    public async Task FailingTask_StopsLaterTasksAndSurfaces() // upstream test_multi_tasks_failure_avoids_next_execution
    {
        var counter = 0;
        using var client = new TestClient(App(_ =>
        {
            var tasks = new BackgroundTasks();
            tasks.AddTask(() => { if (++counter == 1) throw new InvalidOperationException("task failed"); });
            tasks.AddTask(() => { ++counter; });
            return new Response("tasks initiated", mediaType: "text/plain", background: tasks);
        }));

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => client.GetAsync("/"));
        Assert.Equal("task failed", error.Message);
        Assert.Equal(1, counter);
    }

    [Fact]
    public async Task Background_RunsAfterTheBodyWasSent() // upstream test_background_task
    {
        var gate = new TaskCompletionSource();
        var sentBeforeTask = false;
        using var client = new TestClient(App(_ => new Response("done", background: new BackgroundTask(async () => await gate.Task))));

        var response = await client.GetAsync("/", HttpCompletionOption.ResponseHeadersRead);
        var stream = await response.Content.ReadAsStreamAsync();
        var buffer = new byte[4];
        await stream.ReadExactlyAsync(buffer);
        sentBeforeTask = !gate.Task.IsCompleted;
        gate.SetResult();

        Assert.True(sentBeforeTask);
        Assert.Equal("done", System.Text.Encoding.UTF8.GetString(buffer));
    }
}

using Starlette.Requests;
using Starlette.Responses;
using Starlette.Types;

namespace Starlette.Tests.Endpoints;

public sealed class HttpEndpointThreadingTests
{
    [Fact]
    public async Task SyncHandler_Blocking_RunsOffTheCallersThread()
    {
        // Upstream runs sync handlers with run_in_threadpool. Were the handler run inline, InvokeAsync would not return
        // before the gate's guard timed out, and the gate would be set too late.
        using var gate = new ManualResetEventSlim();
        var released = false;
        var endpoint = new HttpEndpoint().Get((Request request) =>
        {
            released = gate.Wait(TimeSpan.FromSeconds(10));
            return new PlainTextResponse("done");
        });
        var sent = new List<AsgiMessage>();

        var pending = endpoint.InvokeAsync(
            new Scope(ScopeType.Http) { Method = "GET", Path = "/" },
            () => ValueTask.FromResult<AsgiMessage>(HttpRequestBodyMessage.Empty),
            message =>
            {
                lock (sent) sent.Add(message);
                return ValueTask.CompletedTask;
            });
        gate.Set();
        await pending;

        Assert.True(released);
        Assert.Equal(200, Assert.IsType<HttpResponseStartMessage>(sent[0]).Status);
    }
}

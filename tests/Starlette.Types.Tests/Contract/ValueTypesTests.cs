namespace Starlette.Types.Tests;

public class ValueTypesTests
{
    [Fact]
    public void HttpHeader_ToString_FormatsNameAndValue()
    {
        Assert.Equal("content-type: text/plain", new HttpHeader("content-type", "text/plain").ToString());
    }

    [Fact]
    public void HttpHeader_SameFields_AreEqual()
    {
        Assert.Equal(new HttpHeader("a", "b"), new HttpHeader("a", "b"));
        Assert.NotEqual(new HttpHeader("a", "b"), new HttpHeader("a", "c"));
    }

    [Theory]
    [InlineData("testclient", 50000, "testclient:50000")]
    [InlineData("/tmp/app.sock", null, "/tmp/app.sock")]
    public void HostPort_ToString_OmitsMissingPort(string host, int? port, string expected)
    {
        Assert.Equal(expected, new HostPort(host, port).ToString());
    }

    [Fact]
    public async Task AsgiApp_CalledThroughDelegates_ExchangesMessages()
    {
        var sent = new List<AsgiMessage>();
        AsgiApp app = async (scope, receive, send) =>
        {
            var request = (HttpRequestBodyMessage)await receive();
            await send(new HttpResponseStartMessage(Status.Http200OK, [new HttpHeader("content-type", "text/plain")]));
            await send(new HttpResponseBodyMessage(request.Body));
        };

        await app(
            new Scope(ScopeType.Http),
            () => ValueTask.FromResult<AsgiMessage>(new HttpRequestBodyMessage("hi"u8.ToArray())),
            message => { sent.Add(message); return ValueTask.CompletedTask; });

        Assert.Equal(["http.response.start", "http.response.body"], sent.Select(m => m.Type));
        Assert.Equal("hi"u8.ToArray(), ((HttpResponseBodyMessage)sent[1]).Body.ToArray());
    }
}

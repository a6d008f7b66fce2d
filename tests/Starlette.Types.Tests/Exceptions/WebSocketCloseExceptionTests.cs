namespace Starlette.Types.Tests;

public class WebSocketCloseExceptionTests
{
    private sealed class CustomWebSocketException(int code, string? reason) : WebSocketCloseException(code, reason);

    [Fact]
    public void Message_IsCodeAndReason()
    {
        Assert.Equal("1008: ", new WebSocketCloseException(1008).Message);
        Assert.Equal("1008: Policy Violation", new WebSocketCloseException(1008, "Policy Violation").Message);
    }

    [Fact]
    public void Reason_Missing_IsEmpty()
    {
        var exception = new WebSocketCloseException(Status.Ws1008PolicyViolation);

        Assert.Equal(1008, exception.Code);
        Assert.Equal("", exception.Reason);
    }

    [Fact]
    public void ToString_NamesTypeCodeAndReason()
    {
        Assert.StartsWith("Starlette.Types.WebSocketCloseException: 1008: Policy Violation",
            new WebSocketCloseException(1008, "Policy Violation").ToString(), StringComparison.Ordinal);
        Assert.Contains("CustomWebSocketException: 1013: Something custom",
            new CustomWebSocketException(1013, "Something custom").ToString(), StringComparison.Ordinal);
    }
}

public class WebSocketDisconnectExceptionTests
{
    [Fact]
    public void Defaults_Code1000EmptyReason()
    {
        var exception = new WebSocketDisconnectException();

        Assert.Equal(1000, exception.Code);
        Assert.Equal("", exception.Reason);
        Assert.Equal("The WebSocket closed with code 1000.", exception.Message);
    }

    [Fact]
    public void Message_WithReason_IncludesIt()
    {
        var exception = new WebSocketDisconnectException(1001, "going away");

        Assert.Equal("The WebSocket closed with code 1001: going away", exception.Message);
        Assert.Equal("going away", exception.Reason);
    }
}

namespace Starlette.Types.Tests;

public class LifespanMessageTests
{
    [Fact]
    public void FailedMessages_Defaults_EmptyMessage()
    {
        Assert.Equal("", new LifespanStartupFailedMessage().Message);
        Assert.Equal("", new LifespanShutdownFailedMessage().Message);
    }

    [Fact]
    public void FailedMessages_WithText_KeepText()
    {
        Assert.Equal("boom", new LifespanStartupFailedMessage("boom").Message);
        Assert.Equal("boom", new LifespanShutdownFailedMessage("boom").Message);
    }
}

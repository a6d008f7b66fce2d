namespace Starlette.Datastructures.Tests;

public class SecretTests
{
    [Fact]
    public void ToString_NeverShowsTheValue()
    {
        var secret = new Secret("hunter2");

        Assert.Equal("Secret('**********')", secret.ToString());
        Assert.Equal("Secret('**********')", $"{secret}");
        Assert.Equal("hunter2", secret.Reveal());
        Assert.Equal("hunter2", (string)secret);
    }

    [Fact]
    public void IsEmpty_EmptyValue_IsTrue()
    {
        Assert.True(new Secret("").IsEmpty);
        Assert.False(new Secret("x").IsEmpty);
    }
}

namespace Starlette.Middleware.Cors.Tests;

public class CorsOptionsTests
{
    [Fact]
    public void New_Defaults_AreUpstreams()
    {
        var options = new CorsOptions();

        Assert.Empty(options.AllowOrigins);
        Assert.Null(options.AllowOriginRegex);
        Assert.Equal(["GET"], options.AllowMethods);
        Assert.Empty(options.AllowHeaders);
        Assert.False(options.AllowCredentials);
        Assert.False(options.AllowPrivateNetwork);
        Assert.Empty(options.ExposeHeaders);
        Assert.Equal(600, options.MaxAge);
    }

    [Fact]
    public void New_TwoInstances_DoNotShareLists()
    {
        var first = new CorsOptions();
        first.AllowMethods.Add("POST");

        Assert.Equal(["GET"], new CorsOptions().AllowMethods);
    }

    [Fact]
    public void ToString_EveryOption_Listed()
    {
        var options = new CorsOptions { AllowOrigins = ["*"], AllowOriginRegex = "https://.*", AllowCredentials = true, ExposeHeaders = ["X-A", "X-B"] };

        Assert.Equal(
            "CorsOptions { AllowOrigins = [*], AllowOriginRegex = https://.*, AllowMethods = [GET], AllowHeaders = [], AllowCredentials = True, "
            + "AllowPrivateNetwork = False, ExposeHeaders = [X-A, X-B], MaxAge = 600 }",
            options.ToString());
    }
}

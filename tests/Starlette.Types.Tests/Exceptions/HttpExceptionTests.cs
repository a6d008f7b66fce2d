namespace Starlette.Types.Tests;

public class HttpExceptionTests
{
    private sealed class CustomHttpException(int statusCode, string? detail = null) : HttpException(statusCode, detail);

    [Fact]
    public void Message_DefaultDetail_IsStatusAndPhrase()
    {
        Assert.Equal("404: Not Found", new HttpException(404).Message);
        Assert.Equal("404: Not Found: foo", new HttpException(404, "Not Found: foo").Message);
        Assert.Equal("404: Not Found", new HttpException(404, headers: new Dictionary<string, string> { ["key"] = "value" }).Message);
    }

    [Fact]
    public void Properties_KeepStatusDetailAndHeaders()
    {
        var headers = new Dictionary<string, string> { ["www-authenticate"] = "Basic" };
        var exception = new HttpException(401, headers: headers);

        Assert.Equal(401, exception.StatusCode);
        Assert.Equal("Unauthorized", exception.Detail);
        Assert.Same(headers, exception.Headers);
        Assert.Null(new HttpException(500).Headers);
    }

    [Fact]
    public void ToString_NamesTypeStatusAndDetail()
    {
        Assert.StartsWith("Starlette.Types.HttpException: 404: Not Found", new HttpException(404).ToString(), StringComparison.Ordinal);
        Assert.Contains("CustomHttpException: 500: Something custom", new CustomHttpException(500, "Something custom").ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_UnknownStatusWithoutDetail_ThrowsClearError()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new HttpException(999));

        Assert.Contains("999 is not a valid HTTP status code", error.Message, StringComparison.Ordinal);
        Assert.Equal("999: Custom", new HttpException(999, "Custom").Message);
    }

    [Fact]
    public void Constructor_InnerException_IsKept()
    {
        var inner = new InvalidOperationException("cause");

        Assert.Same(inner, new HttpException(400, "Bad", null, inner).InnerException);
    }
}

using System.Reflection;

namespace Starlette.Types.Tests;

public class StatusTests
{
    [Theory]
    [InlineData("Http413RequestEntityTooLarge", "'Http413RequestEntityTooLarge' is deprecated. Use 'Http413ContentTooLarge' instead.")]
    [InlineData("Http414RequestUriTooLong", "'Http414RequestUriTooLong' is deprecated. Use 'Http414UriTooLong' instead.")]
    [InlineData("Http416RequestedRangeNotSatisfiable", "'Http416RequestedRangeNotSatisfiable' is deprecated. Use 'Http416RangeNotSatisfiable' instead.")]
    [InlineData("Http422UnprocessableEntity", "'Http422UnprocessableEntity' is deprecated. Use 'Http422UnprocessableContent' instead.")]
    public void DeprecatedNames_AreObsoleteWithUpstreamMessage(string name, string message)
    {
        var field = typeof(Status).GetField(name)!;

        Assert.Equal(message, field.GetCustomAttribute<ObsoleteAttribute>()!.Message);
    }

    [Fact]
    public void DeprecatedNames_HaveTheSameValuesAsTheirReplacements()
    {
#pragma warning disable CS0618 // The point of the test.
        Assert.Equal(Status.Http413ContentTooLarge, Status.Http413RequestEntityTooLarge);
        Assert.Equal(Status.Http414UriTooLong, Status.Http414RequestUriTooLong);
        Assert.Equal(Status.Http416RangeNotSatisfiable, Status.Http416RequestedRangeNotSatisfiable);
        Assert.Equal(Status.Http422UnprocessableContent, Status.Http422UnprocessableEntity);
#pragma warning restore CS0618
    }

    [Fact]
    public void Constants_NumberInName_IsTheValue()
    {
        var fields = typeof(Status).GetFields(BindingFlags.Public | BindingFlags.Static);

        Assert.Equal(63 + 15 + 4, fields.Length); // upstream's HTTP and WS names, plus the superseded ones
        foreach (var field in fields)
        {
            var digits = new string(field.Name.SkipWhile(c => !char.IsDigit(c)).TakeWhile(char.IsDigit).ToArray());
            Assert.Equal(int.Parse(digits), (int)field.GetRawConstantValue()!);
        }
    }

    [Theory]
    [InlineData(200, "OK")]
    [InlineData(404, "Not Found")]
    [InlineData(413, "Content Too Large")]
    [InlineData(418, "I'm a Teapot")]
    [InlineData(422, "Unprocessable Content")]
    [InlineData(511, "Network Authentication Required")]
    public void GetReasonPhrase_RegisteredCode_ReturnsPhrase(int code, string phrase)
    {
        Assert.Equal(phrase, Status.GetReasonPhrase(code));
    }

    [Theory]
    [InlineData(306)]
    [InlineData(999)]
    [InlineData(0)]
    public void GetReasonPhrase_UnknownCode_ReturnsNull(int code)
    {
        Assert.Null(Status.GetReasonPhrase(code));
    }

    [Fact]
    public void GetReasonPhrase_EveryHttpConstantButReserved306_HasAPhrase()
    {
        var codes = typeof(Status).GetFields()
            .Where(f => f.Name.StartsWith("Http", StringComparison.Ordinal))
            .Select(f => (int)f.GetRawConstantValue()!)
            .Where(code => code != 306);

        Assert.All(codes, code => Assert.NotNull(Status.GetReasonPhrase(code)));
    }
}

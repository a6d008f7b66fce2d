using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Starlette.Requests;
using Starlette.Responses;
using Starlette.Testing;
using static Starlette.Routing.Tests.TestApps;

namespace Starlette.Routing.Tests;

public class ConvertorTests
{
    private sealed class DateTimeConvertor : Convertor
    {
        public override string Regex => "[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(.[0-9]+)?";

        public override object Convert(string value) => DateTime.ParseExact(value, "yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);

        public override string ToString(object? value) => ((DateTime)value!).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task RegisterConvertor_DateTime_ConvertsAndFormats()
    {
        Convertors.RegisterConvertor("datetime", new DateTimeConvertor());
        Response DateTimeEndpoint(Request request)
        {
            var param = Assert.IsType<DateTime>(request.PathParams["param"]);
            return new JsonResponse(new JsonObject { ["datetime"] = param.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) });
        }

        var app = new Routing.Router([new Route("/datetime/{param:datetime}", DateTimeEndpoint, name: "datetime-convertor")]);
        using var client = new TestClient(app);
        Assert.Equal("""{"datetime":"2020-01-01T00:00:00"}""", await client.GetStringAsync("/datetime/2020-01-01T00:00:00"));
        Assert.Equal("/datetime/1996-01-22T23:00:00", app.UrlPathFor("datetime-convertor", Params(("param", new DateTime(1996, 1, 22, 23, 0, 0)))).Path);
    } // upstream test_datetime_convertor

    [Theory]
    [InlineData("1.0", HttpStatusCode.OK)]
    [InlineData("1-0", HttpStatusCode.NotFound)]
    public async Task FloatConvertor_Param_MatchesOnlyFloats(string param, HttpStatusCode status)
    {
        var app = new Routing.Router([new Route("/{param:float}", request =>
        {
            Assert.IsType<double>(request.PathParams["param"]);
            return new PlainTextResponse("ok");
        })]);
        using var client = new TestClient(app);
        Assert.Equal(status, (await client.GetAsync($"/{param}")).StatusCode);
    } // upstream test_default_float_convertor

    [Theory]
    [InlineData("00000000-aaaa-ffff-9999-000000000000", HttpStatusCode.OK)]
    [InlineData("00000000aaaaffff9999000000000000", HttpStatusCode.OK)]
    [InlineData("00000000-AAAA-FFFF-9999-000000000000", HttpStatusCode.OK)]
    [InlineData("00000000AAAAFFFF9999000000000000", HttpStatusCode.OK)]
    [InlineData("not-a-uuid", HttpStatusCode.NotFound)]
    public async Task UuidConvertor_Param_MatchesUuidsWithOrWithoutDashes(string param, HttpStatusCode status)
    {
        var app = new Routing.Router([new Route("/{param:uuid}", request =>
        {
            Assert.IsType<Guid>(request.PathParams["param"]);
            return new PlainTextResponse("ok");
        })]);
        using var client = new TestClient(app);
        Assert.Equal(status, (await client.GetAsync($"/{param}")).StatusCode);
    } // upstream test_default_uuid_convertor

    [Fact]
    public void ToString_BuiltIns_FollowUpstreamFormatting()
    {
        Assert.Equal("25.5", new FloatConvertor().ToString(25.5));
        Assert.Equal("1", new FloatConvertor().ToString(1.0));
        Assert.Equal("0.10000000000000000555", new FloatConvertor().ToString(0.1));
        Assert.Equal("Negative floats are not supported", Assert.Throws<ArgumentException>(() => new FloatConvertor().ToString(-1.0)).Message);
        Assert.Equal("NaN values are not supported", Assert.Throws<ArgumentException>(() => new FloatConvertor().ToString(double.NaN)).Message);
        Assert.Equal("Infinite values are not supported", Assert.Throws<ArgumentException>(() => new FloatConvertor().ToString(double.PositiveInfinity)).Message);
        Assert.Equal("Negative integers are not supported", Assert.Throws<ArgumentException>(() => new IntegerConvertor().ToString(-1)).Message);
        Assert.Equal("12345678901234567890", new IntegerConvertor().Convert("12345678901234567890").ToString());
        Assert.Equal(5, new IntegerConvertor().Convert("5"));
        Assert.Equal("a/b", new PathConvertor().ToString("a/b"));
        Assert.Equal("May not contain path separators", Assert.Throws<ArgumentException>(() => new StringConvertor().ToString("a/b")).Message);
        Assert.Equal("Must not be empty", Assert.Throws<ArgumentException>(() => new StringConvertor().ToString("")).Message);
    }
}

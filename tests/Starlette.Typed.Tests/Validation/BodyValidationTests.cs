using System.ComponentModel.DataAnnotations;
using System.Net;
using System.Text.Json.Serialization;
using static Starlette.Typed.Tests.Harness;

namespace Starlette.Typed.Tests.Validation;

/// <summary>Validation of bodies beyond the basics: attributes that need their object (Compare),
/// <see cref="IValidatableObject"/>, nested objects, and JSON property names that are no identifiers.</summary>
public class BodyValidationTests
{
    [Fact]
    public async Task Post_CompareAttribute_IsCheckedAgainstItsObject()
    {
        var api = new TypedApi();
        api.Post("/signup", (Signup signup) => signup.Password.Length);
        using var client = Client(api);

        var ok = await client.PostAsync("/signup", Json("""{"password":"secret","confirm":"secret"}"""));
        var mismatch = await client.PostAsync("/signup", Json("""{"password":"secret","confirm":"other"}"""));

        Assert.Equal("6", await ok.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.UnprocessableContent, mismatch.StatusCode);
        Assert.Equal(["body:#/confirm"], ErrorKeys(await BodyAsync(mismatch)));
    }

    [Fact]
    public async Task Post_ValidatableObject_ReportsItsErrorsAtTheirMembersOrTheObject()
    {
        var api = new TypedApi();
        api.Post("/ranges", (Order order) => order.Lines.Count);
        using var client = Client(api);

        var ok = await client.PostAsync("/ranges", Json("""{"from":1,"to":2,"lines":[{"from":3,"to":4}]}"""));
        var bad = await BodyAsync(await client.PostAsync("/ranges", Json("""{"from":5,"to":2,"lines":[{"from":3,"to":4},{"from":9,"to":1}],"shipTo":{"from":0,"to":0}}""")));

        Assert.Equal("1", await ok.Content.ReadAsStringAsync());
        Assert.Equal(["body:#/lines/1/to", "body:#/shipTo", "body:#/to"], ErrorKeys(bad).Order(StringComparer.Ordinal));
        Assert.Equal("Empty range.", bad.GetProperty("errors").EnumerateArray().Single(e => e.GetProperty("pointer").GetString() == "#/shipTo").GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Post_WrongTypeUnderAQuotedPropertyName_PointsAtIt()
    {
        var api = new TypedApi();
        api.Post("/odd", (OddNames body) => body.Count);
        using var client = Client(api);

        var bad = await BodyAsync(await client.PostAsync("/odd", Json("""{"item count":"many"}""")));

        Assert.Equal(["body:#/item count"], ErrorKeys(bad));
    }

    public sealed class Signup
    {
        public string Password { get; set; } = "";

        [Compare(nameof(Password))]
        public string Confirm { get; set; } = "";
    }

    public class Span : IValidatableObject
    {
        public int From { get; set; }

        public int To { get; set; }

        public virtual IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (To < From) yield return new ValidationResult("To is before From.", ["to"]);
        }
    }

    public sealed class EmptyCheckedSpan : Span
    {
        public override IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
        {
            if (To == From) yield return new ValidationResult("Empty range.");
        }
    }

    public sealed class Order : Span
    {
        public List<Span> Lines { get; set; } = [];

        public EmptyCheckedSpan? ShipTo { get; set; }
    }

    public sealed class OddNames
    {
        [JsonPropertyName("item count")]
        public int Count { get; set; }
    }
}

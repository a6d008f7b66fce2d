using System.Text;
using System.Text.Json.Nodes;
using Starlette.Testing;
using static Starlette.Responses.Tests.Harness;

namespace Starlette.Responses.Tests;

/// <summary>JSON text as upstream's <c>json.dumps(..., ensure_ascii=False, separators=(",", ":"))</c> writes it.</summary>
public class JsonEscapingTests
{
    // What Python writes for each string, byte for byte (json.dumps(s, ensure_ascii=False)).
    public static TheoryData<string, string> Strings => new()
    {
        { "😀", "\"😀\"" },
        { "\u0085 \u0080 \u009f", "\"\u0085 \u0080 \u009f\"" },
        { "<a href='x'>&+</a>", "\"<a href='x'>&+</a>\"" },
        { "\u2028\u2029\u00a0\ufeff\u007f", "\"\u2028\u2029\u00a0\ufeff\u007f\"" },
        { "\"\\/", "\"\\\"\\\\/\"" },
        { "\n\r\t\b\f", "\"\\n\\r\\t\\b\\f\"" },
        { "\0\u0001\u001f\u000b", "\"\\u0000\\u0001\\u001f\\u000b\"" },
        { "日本語 𝄞 é", "\"日本語 𝄞 é\"" },
    };

    [Theory]
    [MemberData(nameof(Strings))]
    public void JsonNode_String_EscapesOnlyWhatJsonRequires(string value, string expected)
    {
        var response = new JsonResponse(JsonValue.Create(value));

        Assert.Equal(expected, Encoding.UTF8.GetString(response.Body.Span));
    }

    [Fact]
    public void PropertyNames_AreEscapedTheSameWay()
    {
        var response = new JsonResponse(new JsonObject { ["😀\u0085\"<"] = 1 });

        Assert.Equal("{\"😀\u0085\\\"<\":1}", Encoding.UTF8.GetString(response.Body.Span));
    }

    [Fact]
    public void TypeInfo_WithDefaultEncoderOptions_StillWritesRawUtf8()
    {
        // The context's options use the BCL's default encoder, which would escape every non-ASCII character.
        var response = new JsonResponse(new Sample("😀 España \u0085", 1), SampleContext.Default.Sample);

        Assert.Equal("{\"Name\":\"😀 España \u0085\",\"Count\":1}", Encoding.UTF8.GetString(response.Body.Span));
    }

    [Fact]
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Test of the reflection overload.")]
    [System.Diagnostics.CodeAnalysis.UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Test of the reflection overload.")]
    public void Reflection_Object_WritesRawUtf8()
    {
        var response = new JsonResponse(new Dictionary<string, object> { ["emoji"] = "😀", ["c1"] = "\u0085" });

        Assert.Equal("{\"emoji\":\"😀\",\"c1\":\"\u0085\"}", Encoding.UTF8.GetString(response.Body.Span));
    }

    [Fact]
    public async Task ContentLength_CountsRawUtf8Bytes()
    {
        using var client = new TestClient(App(_ => new JsonResponse(new JsonObject { ["e"] = "😀\u0085" })));

        var response = await client.GetAsync("/");

        // {"e":"😀…"}: 8 ASCII bytes + 4 (U+1F600) + 2 (U+0085).
        Assert.Equal(14, response.Content.Headers.ContentLength);
        Assert.Equal("{\"e\":\"😀\u0085\"}", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public void LoneSurrogate_IsReplacedNotWrittenAsInvalidUtf8()
    {
        var response = new JsonResponse(JsonValue.Create("a\ud800b"));

        Assert.Equal("\"a\ufffdb\"", Encoding.UTF8.GetString(response.Body.Span));
        Assert.Equal("\"\\n\ufffd😀\\\"\ufffd\"", Encoding.UTF8.GetString(new JsonResponse(JsonValue.Create("\n\ud800😀\"\udc00")).Body.Span));
    }

    [Fact]
    public void IntegralDouble_IsWrittenAsSystemTextJsonDoes()
    {
        // Python writes 10.0; the choice to follow System.Text.Json is documented in the README.
        var response = new JsonResponse(new JsonObject { ["a"] = 10.0, ["b"] = 12500.0, ["c"] = 0.5 });

        Assert.Equal("{\"a\":10,\"b\":12500,\"c\":0.5}", Encoding.UTF8.GetString(response.Body.Span));
    }

    [Fact]
    public void ParsedDocument_WrittenFromUtf8_EscapesTheSameWay()
    {
        // A parsed node is written from its UTF-8 text, the encoder's other path.
        var response = new JsonResponse(JsonNode.Parse("{\"é😀\":\"a\\u00e9😀\\n\\u0085\\u001f<\\\"\"}"));

        Assert.Equal("{\"é😀\":\"aé😀\\n\u0085\\u001f<\\\"\"}", Encoding.UTF8.GetString(response.Body.Span));
    }

    [Fact]
    public void ParsedNumber_KeepsItsText()
    {
        var response = new JsonResponse(new JsonObject { ["a"] = JsonNode.Parse("10.0") });

        Assert.Equal("{\"a\":10.0}", Encoding.UTF8.GetString(response.Body.Span));
    }

    [Fact]
    public void LongString_NeedingEscapesAfterTheWriterBuffer_IsComplete()
    {
        var value = new string('x', 70_000) + "😀\n";

        var response = new JsonResponse(JsonValue.Create(value));

        Assert.Equal("\"" + new string('x', 70_000) + "😀\\n\"", Encoding.UTF8.GetString(response.Body.Span));
    }
}

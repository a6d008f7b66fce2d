namespace Starlette.Requests.Tests;

public class OptionsHeaderTests
{
    [Fact]
    public void Parse_ContentType_SplitsValueAndParameters()
    {
        var header = OptionsHeader.Parse("multipart/form-data; charset=utf-8; boundary=abc");

        Assert.Equal("multipart/form-data", header.Value);
        Assert.Equal("utf-8", header.Parameters["charset"]);
        Assert.Equal("abc", header.Parameters["boundary"]);
        Assert.Empty(header.ExtendedParameters);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public void Parse_NullOrEmpty_IsEmpty(string? value)
    {
        var header = OptionsHeader.Parse(value);

        Assert.Same(OptionsHeader.Empty, header);
        Assert.Equal("", header.Value);
        Assert.Empty(header.Parameters);
    }

    [Fact]
    public void Parse_NoParameters_TrimsAndLowercasesTheValue()
    {
        var header = OptionsHeader.Parse("  Application/X-WWW-Form-URLEncoded ");

        Assert.Equal("application/x-www-form-urlencoded", header.Value);
        Assert.Empty(header.Parameters);
    }

    [Fact]
    public void Parse_ParameterNames_AreLowercasedAndLookedUpInAnyCase()
    {
        var header = OptionsHeader.Parse("Multipart/Form-Data; BOUNDARY = ABC ;Charset=UTF-8");

        Assert.Equal("multipart/form-data", header.Value);
        Assert.Equal(["boundary", "charset"], header.Parameters.Keys.Order());
        Assert.Equal("ABC", header.Parameters["Boundary"]);
        Assert.Equal("UTF-8", header.Get("CHARSET"));
    }

    [Fact]
    public void Parse_QuotedStrings_KeepSemicolonsAndLoseEscapes()
    {
        var header = OptionsHeader.Parse("form-data; name=\"a;b=c\"; filename=\"say \\\"hi\\\" \\\\ bye\"; other=\"\\x\"");

        Assert.Equal("a;b=c", header.Parameters["name"]);
        Assert.Equal("say \"hi\" \\ bye", header.Parameters["filename"]);
        Assert.Equal("\\x", header.Parameters["other"]);
    }

    [Fact]
    public void Parse_BareAndEmptyParameters_HaveEmptyValues()
    {
        var header = OptionsHeader.Parse("form-data; flag; empty=; ;name=\"\";");

        Assert.Equal("", header.Parameters["flag"]);
        Assert.Equal("", header.Parameters["empty"]);
        Assert.Equal("", header.Parameters["name"]);
        Assert.Equal(3, header.Parameters.Count);
    }

    [Fact]
    public void Parse_RepeatedParameter_KeepsTheLast()
    {
        Assert.Equal("2", OptionsHeader.Parse("form-data; name=1; NAME=2").Parameters["name"]);
    }

    [Theory]
    [InlineData("C:\\Users\\me\\file.txt", "file.txt")]
    [InlineData("\\\\\\\\server\\\\share\\\\f.txt", "f.txt")]
    [InlineData("dir\\file.txt", "dir\\file.txt")]
    [InlineData("", "")]
    [InlineData("C", "C")]
    public void Parse_WindowsPathFilename_KeepsTheLastSegment(string filename, string expected)
    {
        Assert.Equal(expected, OptionsHeader.Parse($"form-data; name=f; filename=\"{filename}\"").Parameters["filename"]);
    }

    [Fact]
    public void Parse_ExtendedParameter_IsDecodedApartAndPreferredByGet()
    {
        var header = OptionsHeader.Parse("attachment; filename=\"EURO rates.txt\"; filename*=UTF-8''%E2%82%AC%20rates.txt");

        Assert.Equal("attachment", header.Value);
        Assert.Equal("EURO rates.txt", header.Parameters["filename"]);
        Assert.Equal("€ rates.txt", header.ExtendedParameters["filename"]);
        Assert.Equal("€ rates.txt", header.Get("filename"));
        Assert.Null(header.Get("name"));
    }

    [Theory]
    [InlineData("filename*=iso-8859-1'en'%A3%20rates", "£ rates")]
    [InlineData("filename*=US-ASCII''plain", "plain")]
    [InlineData("filename*=\"utf-8''quoted%21\"", "quoted!")]
    [InlineData("FILENAME*=utf-8'de'%C3%A4", "ä")]
    public void Parse_ExtendedParameterCharsets_AreDecoded(string parameter, string expected)
    {
        Assert.Equal(expected, OptionsHeader.Parse("attachment; " + parameter).Get("filename"));
    }

    [Theory]
    [InlineData("filename*=UTF-8''%E2%82")] // not UTF-8
    [InlineData("filename*=UTF-8''%ZZ")]
    [InlineData("filename*=UTF-8''%4")]
    [InlineData("filename*=koi8-r''abc")]
    [InlineData("filename*=no-ticks")]
    [InlineData("filename*=UTF-8'one-tick")]
    [InlineData("filename*=UTF-8''sp ace")]
    [InlineData("filename*=UTF-8''caf\u00e9")]
    [InlineData("filename*0=\"a\"; filename*1=\"b\"")] // RFC 2231 continuations
    [InlineData("filename*0*=UTF-8''a")]
    [InlineData("*=x")]
    public void Parse_MalformedOrUnsupportedExtendedParameter_IsIgnored(string parameter)
    {
        var header = OptionsHeader.Parse("attachment; filename=fallback; " + parameter);

        Assert.Empty(header.ExtendedParameters);
        Assert.Equal("fallback", header.Get("filename"));
        Assert.Equal(["filename"], header.Parameters.Keys);
    }

    [Fact]
    public void Parse_Latin1Characters_AreKeptAsTheyAre()
    {
        // One character per received byte: the caller decodes (here the UTF-8 bytes of "é").
        Assert.Equal("caf\u00c3\u00a9", OptionsHeader.Parse("form-data; name=\"caf\u00c3\u00a9\"").Parameters["name"]);
        Assert.Equal("x\u00c3\u00a0", OptionsHeader.Parse("form-data; name=x\u00c3\u00a0").Parameters["name"]); // NBSP byte not trimmed
    }

    [Fact]
    public void ToString_QuotesEveryParameter()
    {
        Assert.Equal("form-data; name=\"a \\\"b\\\"\"", OptionsHeader.Parse("Form-Data; name=\"a \\\"b\\\"\"").ToString());
    }

    [Fact]
    public void Parse_RandomInput_NeverThrows()
    {
        var random = new Random(7);
        const string alphabet = "ab=;\"\\* '%\t\r\n\u00e9\u00ff:/";
        for (var round = 0; round < 20_000; round++)
        {
            var chars = new char[random.Next(0, 40)];
            for (var i = 0; i < chars.Length; i++) chars[i] = alphabet[random.Next(alphabet.Length)];
            var header = OptionsHeader.Parse(new string(chars));
            Assert.NotNull(header.Value);
        }
    }
}

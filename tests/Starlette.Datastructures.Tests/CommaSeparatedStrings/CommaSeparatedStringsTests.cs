namespace Starlette.Datastructures.Tests;

public class CommaSeparatedStringsTests
{
    [Theory]
    [InlineData("\"localhost\", \"127.0.0.1\", 0.0.0.0")]
    [InlineData("'localhost', '127.0.0.1', 0.0.0.0")]
    [InlineData("localhost, 127.0.0.1, 0.0.0.0")]
    public void CommaSeparatedStrings_QuotedOrNot_SplitsOnCommas(string value) // upstream test_csv
    {
        var csv = new CommaSeparatedStrings(value);

        Assert.Equal(["localhost", "127.0.0.1", "0.0.0.0"], csv);
        Assert.Equal("CommaSeparatedStrings(['localhost', '127.0.0.1', '0.0.0.0'])", csv.ToDisplayString());
        Assert.Equal("'localhost', '127.0.0.1', '0.0.0.0'", csv.ToString());
        Assert.Equal("localhost", csv[0]);
        Assert.Equal(3, csv.Count);
    }

    [Fact]
    public void CommaSeparatedStrings_FromStrings_KeepsThem() // upstream test_csv
    {
        var csv = new CommaSeparatedStrings(["localhost", "127.0.0.1", "0.0.0.0"]);

        Assert.Equal(["localhost", "127.0.0.1", "0.0.0.0"], csv);
        Assert.Equal("CommaSeparatedStrings(['localhost', '127.0.0.1', '0.0.0.0'])", csv.ToDisplayString());
        Assert.Equal("'localhost', '127.0.0.1', '0.0.0.0'", csv.ToString());
    }

    [Theory]
    [InlineData("a,,b", new[] { "a", "b" })]
    [InlineData("a, ,b", new[] { "a", "", "b" })]
    [InlineData("\"a,b\", c", new[] { "a,b", "c" })]
    [InlineData("x#comment\n,y", new[] { "x", "y" })]
    [InlineData("", new string[0])]
    [InlineData("  ", new[] { "" })]
    [InlineData("\"\",a", new[] { "", "a" })]
    [InlineData("a\\,b", new[] { "a,b" })]
    [InlineData("\"a\\\"b\"", new[] { "a\"b" })]
    [InlineData("'a\\'", new[] { "a\\" })]
    [InlineData("\"q\\x\"", new[] { "q\\x" })]
    public void Constructor_ShlexEdgeCases_SplitLikePython(string value, string[] expected) =>
        Assert.Equal(expected, new CommaSeparatedStrings(value));

    [Theory]
    [InlineData("a\"b", "No closing quotation")]
    [InlineData("\"unterminated", "No closing quotation")]
    [InlineData("it's", "No closing quotation")]
    [InlineData("trailing\\", "No escaped character")]
    public void Constructor_UnbalancedInput_ThrowsArgumentException(string value, string message) =>
        Assert.StartsWith(message, Assert.Throws<ArgumentException>(() => new CommaSeparatedStrings(value)).Message, StringComparison.Ordinal);

    [Fact]
    public void ToString_QuotesLikePythonRepr() =>
        Assert.Equal("\"it's\", 'a\\\\b'", new CommaSeparatedStrings(["it's", "a\\b"]).ToString());
}

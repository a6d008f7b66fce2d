using System.Numerics;
using static Starlette.Schemas.Tests.Tree;

namespace Starlette.Schemas.Tests.Yaml;

/// <summary>Expected texts are what PyYAML 6 gives for <c>yaml.dump(yaml.safe_load(source), default_flow_style=False)</c>.</summary>
public sealed class OpenApiYamlTests
{
    [Theory]
    [InlineData( // mixed str/int keys are not sortable in Python: document order
        "a: 1\nb: '1.0'\nc: 1.0\nd: yes\ne: 'yes'\nf: ''\ng: null\nj: '200'\n200: x\n",
        "a: 1\nb: '1.0'\nc: 1.0\nd: true\ne: 'yes'\nf: ''\ng: null\nj: '200'\n200: x\n")]
    [InlineData(
        "s: 'caf\u00e9'\nt: \"tab\\there\"\nu: \"line1\\nline2\"\nw: ' lead'\ny: '- dash'\nz: 'a: b'\nq: \"it's\"\n",
        "q: it's\ns: \"caf\\xE9\"\nt: \"tab\\there\"\nu: 'line1\n\n  line2'\nw: ' lead'\ny: '- dash'\nz: 'a: b'\n")]
    [InlineData(
        "base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\nsame: *b\n",
        "base: &id001\n  x: 1\nderived:\n  x: 1\n  y: 2\nsame: *id001\n")]
    [InlineData(
        "long: word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12 word13 word14 word15 word16 word17 word18 word19\n",
        "long: word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11 word12\n  word13 word14 word15 word16 word17 word18 word19\n")]
    [InlineData(
        "m: {}\nl: []\nn: [[1, 2], {a: [x]}]\n",
        "l: []\nm: {}\nn:\n- - 1\n  - 2\n- a:\n  - x\n")]
    [InlineData(
        "i: [0x1F, 017, 1_000, 1:30, 12345678901234567890]\nf: [1e16, 0.0001, 0.00001, .inf, -.nan]\nd: [2001-12-14, 2001-12-14t21:59:43.10-05:00, 2001-12-14 21:59:43]\n",
        "d:\n- 2001-12-14\n- 2001-12-14 21:59:43.100000-05:00\n- 2001-12-14 21:59:43\nf:\n- 1e16\n- 0.0001\n- 1.0e-05\n- .inf\n- -.nan\ni:\n- 31\n- 15\n- 1000\n- 90\n- 12345678901234567890\n")]
    public void DumpOfLoad_MatchesPyYaml(string source, string expected)
    {
        Assert.Equal(expected, OpenApiYaml.Dump(OpenApiYaml.Load(source)));
    }

    [Fact]
    public void Load_PlainScalars_ResolveAsYaml11()
    {
        var tree = OpenApiYaml.Load("a: 200\nb: 3000000000\nc: 1.5\nd: off\ne: ~\nf: '200'\ng: 2001-12-14\nh: 99999999999999999999\n");

        Equal(Map(("a", 200), ("b", 3000000000L), ("c", 1.5), ("d", false), ("e", null), ("f", "200"), ("g", new DateOnly(2001, 12, 14)), ("h", BigInteger.Parse("99999999999999999999"))), tree);
    }

    [Fact]
    public void Load_EmptyOrScalarDocument_ReturnsNullOrScalar()
    {
        Assert.Null(OpenApiYaml.Load(""));
        Assert.Equal("just text", OpenApiYaml.Load("just text"));
    }

    [Theory]
    [InlineData("a: [unclosed")]
    [InlineData("a: 1\n---\nb: 2\n")]
    [InlineData("a: *missing\n")]
    [InlineData("? [a]\n: 1\n")]
    [InlineData("a: !!python/object x\n")]
    [InlineData("d: 2001-02-30\n")]
    [InlineData("t: 2001-01-01 25:00:00\n")]
    [InlineData("z: 2001-01-01 00:00:00+99\n")]
    public void Load_Invalid_ThrowsFormatException(string source)
    {
        Assert.Throws<FormatException>(() => OpenApiYaml.Load(source));
    }

    [Fact]
    public void Dump_UserTree_SortsStringKeysAndQuotesAmbiguousStrings()
    {
        var tree = new Dictionary<string, object?>
        {
            ["version"] = "1.0",
            ["count"] = 3,
            ["ratio"] = 1e20,
            ["when"] = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(2)),
            ["flags"] = new object?[] { true, null, "no" },
        };

        Assert.Equal("count: 3\nflags:\n- true\n- null\n- 'no'\nratio: 1.0e+20\nversion: '1.0'\nwhen: 2024-01-02 03:04:05+02:00\n", OpenApiYaml.Dump(tree));
    }

    [Fact]
    public void DumpOfLoad_RecursiveSequence_AnchorsAndAliasesItself()
    {
        var tree = Assert.IsType<List<object?>>(OpenApiYaml.Load("&a [*a]\n"));

        Assert.Same(tree, tree[0]);
        Assert.Equal("&id001\n- *id001\n", OpenApiYaml.Dump(tree));
    }

    [Fact]
    public void Dump_UnsupportedValue_Throws()
    {
        Assert.Throws<ArgumentException>(() => OpenApiYaml.Dump(new Dictionary<string, object?> { ["x"] = new object() }));
    }
}

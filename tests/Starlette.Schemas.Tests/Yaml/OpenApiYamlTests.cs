using System.Numerics;
using static Starlette.Schemas.Tests.Tree;

namespace Starlette.Schemas.Tests.Yaml;

/// <summary>
/// Expected texts are what PyYAML 6 gives for <c>yaml.dump(yaml.safe_load(source), default_flow_style=False)</c>; the
/// writer keeps their meaning (the tree a YAML 1.1 reader builds from them), not their layout.
/// </summary>
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
    public void DumpOfLoad_ReadsBackAsPyYamlsDocument(string source, string expected)
    {
        var dumped = OpenApiYaml.Dump(OpenApiYaml.Load(source));

        Equal(OpenApiYaml.Load(expected), OpenApiYaml.Load(dumped));
    }

    [Theory]
    [InlineData("")]
    [InlineData(" ")]
    [InlineData("\t")]
    [InlineData("\tlead")]
    [InlineData("trail\t")]
    [InlineData("in\tside")]
    [InlineData("yes")]
    [InlineData("No")]
    [InlineData("null")]
    [InlineData("~")]
    [InlineData("<<")]
    [InlineData("=")]
    [InlineData("0x1F")]
    [InlineData("1:30")]
    [InlineData("1_000")]
    [InlineData(".5")]
    [InlineData("-.inf")]
    [InlineData("2001-12-14")]
    [InlineData("2001-12-14 21:59:43")]
    [InlineData("- dash")]
    [InlineData("a: b")]
    [InlineData("#comment")]
    [InlineData("it's \"quoted\"")]
    [InlineData(" lead and trail ")]
    [InlineData("line1\nline2")]
    [InlineData("trailing break\n")]
    [InlineData("\n\nleading breaks")]
    [InlineData("  indented\n  block\n")]
    [InlineData("caf\u00e9 \u2603 \U0001F600")]
    [InlineData("control \u0001 \u0085 \u2028")]
    [InlineData("---")]
    [InlineData("...")]
    public void Dump_AnyString_ReadsBackAsTheSameString(string text)
    {
        var tree = new Dictionary<string, object?> { ["value"] = text, [text] = "key" };

        var reloaded = OpenApiYaml.Load(OpenApiYaml.Dump(tree));

        Equal(Map(("value", text), (text, "key")), reloaded);
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

        var dumped = OpenApiYaml.Dump(tree);
        var reloaded = Assert.IsType<Dictionary<object, object?>>(OpenApiYaml.Load(dumped));

        Assert.Equal(["count", "flags", "ratio", "version", "when"], reloaded.Keys);
        Equal(OpenApiYaml.Load("count: 3\nflags:\n- true\n- null\n- 'no'\nratio: 1.0e+20\nversion: '1.0'\nwhen: 2024-01-02 03:04:05+02:00\n"), reloaded);
        Assert.EndsWith("\n", dumped, StringComparison.Ordinal);
    }

    [Fact]
    public void DumpOfLoad_RecursiveSequence_AnchorsAndAliasesItself()
    {
        var tree = Assert.IsType<List<object?>>(OpenApiYaml.Load("&a [*a]\n"));

        var dumped = OpenApiYaml.Dump(tree);
        var reloaded = Assert.IsType<List<object?>>(OpenApiYaml.Load(dumped));

        Assert.Same(tree, tree[0]);
        Assert.Contains("&id001", dumped, StringComparison.Ordinal);
        Assert.Same(reloaded, Assert.Single(reloaded));
    }

    [Fact]
    public void Dump_SharedDictionary_WrittenOnceAndAliased()
    {
        var shared = new Dictionary<string, object?> { ["x"] = 1 };
        var tree = new Dictionary<string, object?> { ["a"] = shared, ["b"] = new List<object?> { shared, shared } };

        var reloaded = Assert.IsType<Dictionary<object, object?>>(OpenApiYaml.Load(OpenApiYaml.Dump(tree)));

        var b = Assert.IsType<List<object?>>(reloaded["b"]);
        Assert.Same(reloaded["a"], b[0]);
        Assert.Same(reloaded["a"], b[1]);
        Equal(Map(("x", 1)), reloaded["a"]);
    }

    [Fact]
    public void Dump_OtherScalarTypes_ReadBackAsTheirYamlValues()
    {
        var tree = new Dictionary<string, object?>
        {
            ["char"] = 'y',
            ["decimal"] = 2.5m,
            ["enum"] = DayOfWeek.Monday,
            ["guid"] = Guid.Empty,
            ["nan"] = double.NaN,
            ["negative"] = double.NegativeInfinity,
            ["positive"] = float.PositiveInfinity,
            ["utc"] = new DateTime(2024, 1, 2, 3, 4, 5, 600, DateTimeKind.Utc),
            ["local"] = new DateTime(2024, 1, 2, 3, 4, 5, DateTimeKind.Unspecified),
            ["west"] = new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(-5)),
        };

        var reloaded = Assert.IsType<Dictionary<object, object?>>(OpenApiYaml.Load(OpenApiYaml.Dump(tree)));

        Assert.Equal("y", reloaded["char"]);
        Assert.Equal(2.5, reloaded["decimal"]);
        Assert.Equal("Monday", reloaded["enum"]);
        Assert.Equal(Guid.Empty.ToString(), reloaded["guid"]);
        Assert.True(double.IsNaN((double)reloaded["nan"]!));
        Assert.Equal(double.NegativeInfinity, reloaded["negative"]);
        Assert.Equal(double.PositiveInfinity, reloaded["positive"]);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, 600, TimeSpan.Zero), Offset(reloaded["utc"]));
        Assert.Equal(new DateTime(2024, 1, 2, 3, 4, 5), reloaded["local"]);
        Assert.Equal(new DateTimeOffset(2024, 1, 2, 3, 4, 5, TimeSpan.FromHours(-5)), Offset(reloaded["west"]));
    }

    private static DateTimeOffset Offset(object? value) => value switch
    {
        DateTimeOffset offset => offset,
        DateTime time => new DateTimeOffset(DateTime.SpecifyKind(time, DateTimeKind.Utc)),
        _ => throw new InvalidOperationException($"not a timestamp: {value}"),
    };

    [Fact]
    public void Dump_UnsupportedValue_Throws()
    {
        Assert.Throws<ArgumentException>(() => OpenApiYaml.Dump(new Dictionary<string, object?> { ["x"] = new object() }));
    }

    [Theory]
    [InlineData("{3: a, 1: b, 2: c}", "1,2,3")]
    [InlineData("{2.5: a, 1: b, 3: c}", "1,2.5,3")]
    [InlineData("{12345678901234567890: a, -1: b}", "-1,12345678901234567890")]
    [InlineData("{true: a, 0: b}", "0,True")]
    [InlineData("{2001-12-15: a, 2001-12-14: b}", "2001-12-14,2001-12-15")]
    [InlineData("{b: a, 1: b, a: c}", "b,1,a")]
    public void Dump_Keys_SortedAsPythonSortsThemOrLeftInOrder(string source, string expectedOrder)
    {
        var reloaded = Assert.IsType<Dictionary<object, object?>>(OpenApiYaml.Load(OpenApiYaml.Dump(OpenApiYaml.Load(source))));

        Assert.Equal(expectedOrder, string.Join(",", reloaded.Keys.Select(KeyText)));
    }

    [Fact]
    public void Load_MergeKeyWithListOfMappings_EarlierMappingWins()
    {
        var tree = OpenApiYaml.Load("a: &a {x: 1, y: 1}\nb: &b {y: 2, z: 2}\nc:\n  <<: [*a, *b]\n  z: 3\n");

        Equal(Map(("x", 1), ("y", 1), ("z", 3)), Assert.IsType<Dictionary<object, object?>>(tree)["c"]);
    }

    [Theory]
    [InlineData("a: {<<: 1}\n")]
    [InlineData("a: {<<: [1]}\n")]
    [InlineData("a: !!float x\n")]
    [InlineData("a: =\n")]
    [InlineData("a: !!map [1]\n")]
    public void Load_BadMergeOrTaggedValue_ThrowsFormatException(string source)
    {
        Assert.Throws<FormatException>(() => OpenApiYaml.Load(source));
    }

    [Fact]
    public void Load_SexagesimalFloatAndExplicitTags_ConstructTheirValues()
    {
        var tree = OpenApiYaml.Load("f: -1:30.5\ns: !!str 12\ni: !!int '7'\n");

        Equal(Map(("f", -90.5), ("s", "12"), ("i", 7)), tree);
    }

    private static string KeyText(object key) => key is DateOnly date
        ? date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
        : Convert.ToString(key, System.Globalization.CultureInfo.InvariantCulture)!;
}

using System.Globalization;
using System.Numerics;
using System.Text.RegularExpressions;

namespace Starlette.Schemas.Internal;

/// <summary>
/// PyYAML's YAML 1.1 implicit resolver and safe constructors for plain scalars: which text reads as a bool, int,
/// float, null or timestamp (and so must be quoted when it is a string), and the value it reads as.
/// </summary>
internal static partial class YamlResolver
{
    public const string StrTag = "tag:yaml.org,2002:str";
    public const string IntTag = "tag:yaml.org,2002:int";
    public const string FloatTag = "tag:yaml.org,2002:float";
    public const string BoolTag = "tag:yaml.org,2002:bool";
    public const string NullTag = "tag:yaml.org,2002:null";
    public const string TimestampTag = "tag:yaml.org,2002:timestamp";
    public const string MergeTag = "tag:yaml.org,2002:merge";
    public const string ValueTag = "tag:yaml.org,2002:value";

    [GeneratedRegex(@"^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$", RegexOptions.CultureInvariant)]
    private static partial Regex BoolPattern();

    [GeneratedRegex(@"^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$", RegexOptions.CultureInvariant)]
    private static partial Regex FloatPattern();

    [GeneratedRegex(@"^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$", RegexOptions.CultureInvariant)]
    private static partial Regex IntPattern();

    [GeneratedRegex(@"^(?:~|null|Null|NULL|)$", RegexOptions.CultureInvariant)]
    private static partial Regex NullPattern();

    [GeneratedRegex(@"^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$", RegexOptions.CultureInvariant)]
    private static partial Regex TimestampPattern();

    [GeneratedRegex(@"^(?<year>[0-9][0-9][0-9][0-9])-(?<month>[0-9][0-9]?)-(?<day>[0-9][0-9]?)(?:(?:[Tt]|[ \t]+)(?<hour>[0-9][0-9]?):(?<minute>[0-9][0-9]):(?<second>[0-9][0-9])(?:\.(?<fraction>[0-9]*))?(?:[ \t]*(?<tz>Z|(?<tzsign>[-+])(?<tzhour>[0-9][0-9]?)(?::(?<tzminute>[0-9][0-9]))?))?)?$", RegexOptions.CultureInvariant)]
    private static partial Regex TimestampParts();

    /// <summary>The tag PyYAML gives a plain scalar with this text (<c>str</c> when no implicit resolver matches).</summary>
    public static string ResolvePlain(string text)
    {
        if (text.Length == 0) return NullTag;
        switch (text[0])
        {
            case 'y' or 'Y' or 'n' or 'N' or 't' or 'T' or 'f' or 'F' or 'o' or 'O' when BoolPattern().IsMatch(text):
                return BoolTag;
            case '~' or 'n' or 'N' when NullPattern().IsMatch(text):
                return NullTag;
            case '<' when text == "<<":
                return MergeTag;
            case '=' when text == "=":
                return ValueTag;
        }

        if ("-+0123456789.".Contains(text[0], StringComparison.Ordinal) && FloatPattern().IsMatch(text)) return FloatTag;
        if ("-+0123456789".Contains(text[0], StringComparison.Ordinal) && IntPattern().IsMatch(text)) return IntTag;
        if (char.IsAsciiDigit(text[0]) && TimestampPattern().IsMatch(text)) return TimestampTag;
        return StrTag;
    }

    /// <summary>Builds the value of a scalar with a known tag, as PyYAML's SafeConstructor does.</summary>
    public static object? Construct(string tag, string text) => tag switch
    {
        StrTag => text,
        NullTag => null,
        BoolTag => text.ToLowerInvariant() is "yes" or "true" or "on",
        IntTag => ConstructInt(text),
        FloatTag => ConstructFloat(text),
        TimestampTag => ConstructTimestamp(text),
        _ => throw new FormatException($"could not determine a constructor for the tag '{tag}'"),
    };

    private static object ConstructInt(string text)
    {
        var value = text.Replace("_", "", StringComparison.Ordinal);
        var sign = BigInteger.One;
        if (value.StartsWith('-')) sign = BigInteger.MinusOne;
        if (value.Length > 0 && value[0] is '-' or '+') value = value[1..];
        BigInteger result;
        if (value == "0") result = BigInteger.Zero;
        else if (value.StartsWith("0b", StringComparison.Ordinal)) result = ParseBase(value[2..], 2);
        else if (value.StartsWith("0x", StringComparison.Ordinal)) result = ParseBase(value[2..], 16);
        else if (value.StartsWith('0')) result = ParseBase(value, 8);
        else if (value.Contains(':', StringComparison.Ordinal)) result = Sexagesimal(value, BigInteger.Parse);
        else result = BigInteger.Parse(value, CultureInfo.InvariantCulture);
        return Narrow(sign * result);
    }

    /// <summary>An <see cref="int"/> when it fits, else a <see cref="long"/>, else the <see cref="BigInteger"/>.</summary>
    public static object Narrow(BigInteger value) =>
        value >= int.MinValue && value <= int.MaxValue ? (object)(int)value
        : value >= long.MinValue && value <= long.MaxValue ? (object)(long)value
        : (object)value;

    private static BigInteger ParseBase(string digits, int radix)
    {
        var result = BigInteger.Zero;
        foreach (var c in digits) result = (result * radix) + Convert.ToInt32(c.ToString(), 16);
        return result;
    }

    private static double ConstructFloat(string text)
    {
        var value = text.Replace("_", "", StringComparison.Ordinal).ToLowerInvariant();
        var sign = 1.0;
        if (value.StartsWith('-')) sign = -1.0;
        if (value.Length > 0 && value[0] is '-' or '+') value = value[1..];
        if (value == ".inf") return sign * double.PositiveInfinity;
        if (value == ".nan") return double.NaN;
        if (value.Contains(':', StringComparison.Ordinal))
            return sign * Sexagesimal(value, (part, _) => double.Parse(part, NumberStyles.Float, CultureInfo.InvariantCulture));
        return sign * double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static T Sexagesimal<T>(string value, Func<string, IFormatProvider, T> parse)
        where T : INumber<T>
    {
        var parts = value.Split(':');
        var result = T.Zero;
        var sixty = T.CreateChecked(60);
        foreach (var part in parts) result = (result * sixty) + parse(part, CultureInfo.InvariantCulture);
        return result;
    }

    private static object ConstructTimestamp(string text)
    {
        var match = TimestampParts().Match(text);
        int Part(string name) => int.Parse(match.Groups[name].Value, CultureInfo.InvariantCulture);
        if (!match.Groups["hour"].Success) return new DateOnly(Part("year"), Part("month"), Part("day"));
        var fraction = match.Groups["fraction"].Value;
        var ticks = fraction.Length == 0 ? 0 : int.Parse(fraction.PadRight(6, '0')[..6], CultureInfo.InvariantCulture) * 10;
        var local = new DateTime(Part("year"), Part("month"), Part("day"), Part("hour"), Part("minute"), Part("second"), DateTimeKind.Unspecified).AddTicks(ticks);
        if (!match.Groups["tz"].Success) return local;
        var offset = TimeSpan.Zero;
        if (match.Groups["tzsign"].Success)
        {
            offset = new TimeSpan(Part("tzhour"), match.Groups["tzminute"].Success ? Part("tzminute") : 0, 0);
            if (match.Groups["tzsign"].Value == "-") offset = -offset;
        }

        return new DateTimeOffset(local, offset);
    }
}

using System.Globalization;

namespace Starlette.Typed;

/// <summary>Parses one text value (path, query, header or cookie) into a parameter's type.</summary>
internal delegate bool TryParseValue<T>(string text, out T value);

/// <summary>
/// The text parsers of the simple types, chosen once per type without reflection: strings, booleans, the numeric
/// types, <see cref="Guid"/>, dates and times, enums, and <see cref="Nullable{T}"/> of those (invariant culture).
/// </summary>
internal static class ValueParsers
{
    public static TryParseValue<T>? Create<T>()
    {
        var type = typeof(T);
        var parser = Known(Nullable.GetUnderlyingType(type) ?? type, nullable: Nullable.GetUnderlyingType(type) is not null);
        if (parser is not null) return (TryParseValue<T>)parser;
        var enumType = Nullable.GetUnderlyingType(type) ?? type;
        if (enumType.IsEnum) return EnumParser<T>(enumType);
        return null;
    }

    private static Delegate? Known(Type type, bool nullable)
    {
        if (type == typeof(string)) return nullable ? null : (TryParseValue<string>)ParseString;
        if (type == typeof(bool)) return nullable ? Lift<bool>(ParseBool) : (TryParseValue<bool>)ParseBool;
        if (type == typeof(int)) return Of<int>(nullable);
        if (type == typeof(long)) return Of<long>(nullable);
        if (type == typeof(short)) return Of<short>(nullable);
        if (type == typeof(byte)) return Of<byte>(nullable);
        if (type == typeof(uint)) return Of<uint>(nullable);
        if (type == typeof(ulong)) return Of<ulong>(nullable);
        if (type == typeof(double)) return Of<double>(nullable);
        if (type == typeof(float)) return Of<float>(nullable);
        if (type == typeof(decimal)) return Of<decimal>(nullable);
        if (type == typeof(Guid)) return Of<Guid>(nullable);
        if (type == typeof(DateTime)) return Of<DateTime>(nullable);
        if (type == typeof(DateTimeOffset)) return Of<DateTimeOffset>(nullable);
        if (type == typeof(DateOnly)) return Of<DateOnly>(nullable);
        if (type == typeof(TimeOnly)) return Of<TimeOnly>(nullable);
        if (type == typeof(TimeSpan)) return Of<TimeSpan>(nullable);
        return null;
    }

    private static Delegate Of<T>(bool nullable)
        where T : struct, IParsable<T>
    {
        TryParseValue<T> parse = static (string text, out T value) => T.TryParse(text, CultureInfo.InvariantCulture, out value);
        return nullable ? Lift(parse) : parse;
    }

    private static TryParseValue<T?> Lift<T>(TryParseValue<T> parse)
        where T : struct =>
        (string text, out T? value) =>
        {
            var ok = parse(text, out var parsed);
            value = ok ? parsed : null;
            return ok;
        };

    private static bool ParseString(string text, out string value)
    {
        value = text;
        return true;
    }

    // As FastAPI (pydantic) reads booleans: true/false, 1/0, yes/no, on/off, in any case.
    private static bool ParseBool(string text, out bool value)
    {
        switch (text.Trim().ToLowerInvariant())
        {
            case "true" or "1" or "yes" or "on":
                value = true;
                return true;
            case "false" or "0" or "no" or "off":
                value = false;
                return true;
            default:
                value = false;
                return false;
        }
    }

    private static TryParseValue<T> EnumParser<T>(Type enumType) =>
        (string text, out T value) =>
        {
            // Names only (any case): a number is not one of the documented values.
            if (text.Length > 0 && !char.IsAsciiDigit(text[0]) && text[0] != '-' && Enum.TryParse(enumType, text, ignoreCase: true, out var parsed))
            {
                value = (T)parsed;
                return true;
            }

            value = default!;
            return false;
        };
}

/// <summary>The parser of <typeparamref name="T"/>, created once.</summary>
/// <typeparam name="T">The parameter's type.</typeparam>
internal static class ValueParser<T>
{
    public static readonly TryParseValue<T>? Instance = ValueParsers.Create<T>();
}

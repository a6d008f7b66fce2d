using System.Globalization;

namespace Starlette.Configuration;

/// <summary>Upstream's <c>Config._perform_cast</c>: bools by upstream's spellings, other types by their parser or a cast, errors naming the key.</summary>
internal static class ValueCaster
{
    public static T Parse<T>(string key, string value)
        where T : IParsable<T>
    {
        if (typeof(T) == typeof(bool)) return (T)(object)ParseBool(key, value);
        try
        {
            // IParsable's floating-point parsers accept thousands separators; Python's float() does not.
            if (typeof(T) == typeof(double)) return (T)(object)double.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (typeof(T) == typeof(float)) return (T)(object)float.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
            if (typeof(T) == typeof(decimal)) return (T)(object)decimal.Parse(value, NumberStyles.Float, CultureInfo.InvariantCulture);
            return T.Parse(value, CultureInfo.InvariantCulture);
        }
        catch (Exception error) when (IsCastFailure(error))
        {
            throw Invalid(key, value, typeof(T), error);
        }
    }

    public static T Cast<T>(string key, string value, Func<string, T> cast)
    {
        try
        {
            return cast(value);
        }
        catch (Exception error) when (IsCastFailure(error))
        {
            throw Invalid(key, value, typeof(T), error);
        }
    }

    /// <summary>Upstream's mapping: the value lowercased must be <c>true</c>, <c>1</c>, <c>false</c> or <c>0</c>.</summary>
    private static bool ParseBool(string key, string value)
    {
        var lowered = value.ToLowerInvariant();
        return lowered switch
        {
            "true" or "1" => true,
            "false" or "0" => false,
            _ => throw new FormatException($"Config '{key}' has value '{lowered}'. Not a valid bool."),
        };
    }

    /// <summary>What upstream catches from a cast (<c>TypeError</c>, <c>ValueError</c>), in .NET terms.</summary>
    private static bool IsCastFailure(Exception error) =>
        error is FormatException or OverflowException or ArgumentException or InvalidCastException;

    private static FormatException Invalid(string key, string value, Type type, Exception cause) =>
        new($"Config '{key}' has value '{value}'. Not a valid {TypeName(type)}.", cause);

    /// <summary>The C# keyword for built-in types (upstream names the cast: <c>int</c>, <c>float</c>, ...), else the type's name.</summary>
    private static string TypeName(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type.IsEnum ? type.Name : KeywordOrName(type);
    }

    private static string KeywordOrName(Type type) => Type.GetTypeCode(type) switch
    {
        TypeCode.Boolean => "bool",
        TypeCode.Byte => "byte",
        TypeCode.SByte => "sbyte",
        TypeCode.Int16 => "short",
        TypeCode.UInt16 => "ushort",
        TypeCode.Int32 => "int",
        TypeCode.UInt32 => "uint",
        TypeCode.Int64 => "long",
        TypeCode.UInt64 => "ulong",
        TypeCode.Single => "float",
        TypeCode.Double => "double",
        TypeCode.Decimal => "decimal",
        TypeCode.Char => "char",
        TypeCode.String => "string",
        _ => type.Name,
    };
}

namespace Starlette.Typed;

/// <summary>Short names of types for error messages: <c>integer</c>, <c>number</c>, <c>UUID</c>, ...</summary>
internal static class TypeNames
{
    public static string Of(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(int) || type == typeof(long) || type == typeof(short) || type == typeof(byte) || type == typeof(uint) || type == typeof(ulong)) return "integer";
        if (type == typeof(double) || type == typeof(float) || type == typeof(decimal)) return "number";
        if (type == typeof(bool)) return "boolean";
        if (type == typeof(Guid)) return "UUID";
        if (type == typeof(DateTime) || type == typeof(DateTimeOffset)) return "date-time";
        if (type == typeof(DateOnly)) return "date";
        if (type == typeof(TimeOnly)) return "time";
        if (type == typeof(TimeSpan)) return "duration";
        if (type.IsEnum) return "one of " + string.Join(", ", Enum.GetNames(type));
        return type.Name;
    }
}

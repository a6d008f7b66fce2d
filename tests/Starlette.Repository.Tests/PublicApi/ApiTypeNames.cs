using System.Globalization;
using System.Reflection;

namespace Starlette.Repository.Tests;

/// <summary>Formats types, with nullability, the way the API listings show them.</summary>
internal static class ApiTypeNames
{
    private static readonly NullabilityInfoContext Nullability = new();

    private static readonly Dictionary<Type, string> Keywords = new()
    {
        [typeof(void)] = "void", [typeof(bool)] = "bool", [typeof(byte)] = "byte", [typeof(sbyte)] = "sbyte",
        [typeof(char)] = "char", [typeof(short)] = "short", [typeof(ushort)] = "ushort", [typeof(int)] = "int",
        [typeof(uint)] = "uint", [typeof(long)] = "long", [typeof(ulong)] = "ulong", [typeof(float)] = "float",
        [typeof(double)] = "double", [typeof(decimal)] = "decimal", [typeof(string)] = "string", [typeof(object)] = "object",
    };

    public static string Header(Type type)
    {
        if (type.IsSubclassOf(typeof(Delegate)))
        {
            var invoke = type.GetMethod("Invoke")!;
            return $"public delegate {Return(invoke)} {Name(type)}({Parameters(invoke)})";
        }

        var kind = type.IsInterface ? "interface"
            : type.IsEnum ? "enum"
            : type.IsValueType ? (type.IsDefined(typeof(System.Runtime.CompilerServices.IsReadOnlyAttribute)) ? "readonly struct" : "struct")
            : type is { IsAbstract: true, IsSealed: true } ? "static class"
            : type.IsAbstract ? "abstract class"
            : type.IsSealed ? "sealed class"
            : "class";
        var bases = new List<string>();
        if (type.BaseType is { } b && b != typeof(object) && b != typeof(ValueType) && b != typeof(Enum))
            bases.Add(Name(b));
        bases.AddRange(type.GetInterfaces().Select(Name).Order(StringComparer.Ordinal));
        var obsolete = type.GetCustomAttribute<ObsoleteAttribute>() is { } o ? $"[Obsolete(\"{o.Message}\")] " : "";
        return $"{obsolete}public {kind} {Name(type)}{(bases.Count > 0 ? " : " + string.Join(", ", bases) : "")}";
    }

    public static string Simple(Type type) => type.Name.Split('`')[0];

    public static string Return(MethodInfo method) => Name(method.ReturnType, Nullability.Create(method.ReturnParameter));

    public static string Of(PropertyInfo property) => Name(property.PropertyType, Nullability.Create(property));

    public static string Of(FieldInfo field) => Name(field.FieldType, Nullability.Create(field));

    public static string Parameters(MethodBase method) => string.Join(", ", method.GetParameters().Select(Parameter));

    private static string Parameter(ParameterInfo p)
    {
        var type = p.ParameterType.IsByRef ? p.ParameterType.GetElementType()! : p.ParameterType;
        var prefix = p.IsOut ? "out " : p.ParameterType.IsByRef ? (p.IsIn ? "in " : "ref ") : p.IsDefined(typeof(ParamArrayAttribute)) ? "params " : "";
        var value = p.HasDefaultValue ? " = " + (p.DefaultValue is null && type.IsValueType && Nullable.GetUnderlyingType(type) is null ? "default" : Literal(p.DefaultValue)) : "";
        return $"{prefix}{Name(type, Nullability.Create(p))} {p.Name}{value}";
    }

    public static string Literal(object? value) => value switch
    {
        null => "null",
        string s => $"\"{s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal)}\"",
        bool flag => flag ? "true" : "false",
        char c => $"'{c}'",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "null",
    };

    public static string Name(Type type) => Name(type, null);

    private static string Name(Type type, NullabilityInfo? nullability)
    {
        var nullable = nullability?.ReadState == NullabilityState.Nullable && !type.IsValueType ? "?" : "";
        if (Nullable.GetUnderlyingType(type) is { } underlying) return Name(underlying) + "?";
        if (Keywords.TryGetValue(type, out var keyword)) return keyword + nullable;
        if (type.IsArray) return Name(type.GetElementType()!, nullability?.ElementType) + "[]" + nullable;
        if (type.IsGenericParameter) return type.Name + nullable;

        var name = (type.IsNested ? Name(type.DeclaringType!) + "." : type.Namespace + ".") + Simple(type);
        if (!type.IsGenericType) return name + nullable;
        var args = type.GetGenericArguments();
        var infos = nullability?.GenericTypeArguments;
        var formatted = args.Select((arg, i) => Name(arg, infos is { Length: > 0 } && i < infos.Length ? infos[i] : null));
        return $"{name}<{string.Join(", ", formatted)}>{nullable}";
    }
}

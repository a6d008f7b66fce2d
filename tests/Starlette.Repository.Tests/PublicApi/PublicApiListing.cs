using System.Reflection;
using System.Runtime.CompilerServices;

namespace Starlette.Repository.Tests;

/// <summary>Writes an assembly's public surface as sorted text, one type or member per line.</summary>
internal static class PublicApiListing
{
    private const BindingFlags Declared =
        BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;

    public static string Generate(Assembly assembly)
    {
        var lines = new List<string>();
        foreach (var type in assembly.GetExportedTypes().OrderBy(t => t.FullName, StringComparer.Ordinal))
        {
            lines.Add(ApiTypeNames.Header(type));
            if (type.IsSubclassOf(typeof(Delegate))) continue;
            lines.AddRange(Members(type).Order(StringComparer.Ordinal).Select(member => "    " + member));
        }

        return string.Join("\n", lines) + "\n";
    }

    private static IEnumerable<string> Members(Type type)
    {
        if (type.IsEnum)
        {
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static))
                yield return $"{field.Name} = {Convert.ToInt64(field.GetRawConstantValue(), System.Globalization.CultureInfo.InvariantCulture)}";
            yield break;
        }

        foreach (var member in type.GetMembers(Declared).Where(IsVisible))
        {
            var text = member switch
            {
                ConstructorInfo ctor => $"{Access(ctor)}{(ctor.IsStatic ? "static " : "")}{ApiTypeNames.Simple(type)}({ApiTypeNames.Parameters(ctor)})",
                MethodInfo { IsSpecialName: true } method when !method.Name.StartsWith("op_", StringComparison.Ordinal) => null,
                MethodInfo method => $"{Access(method)}{Modifiers(method)}{ApiTypeNames.Return(method)} {method.Name}{Generics(method)}({ApiTypeNames.Parameters(method)})",
                PropertyInfo property => Property(property),
                FieldInfo field => Field(field),
                EventInfo e => $"{Access(e.AddMethod!)}{Modifiers(e.AddMethod!)}event {ApiTypeNames.Name(e.EventHandlerType!)} {e.Name}",
                _ => null,
            };
            if (text is not null)
                yield return Obsolete(member) + text;
        }
    }

    private static bool IsVisible(MemberInfo member) => !member.Name.Contains('<', StringComparison.Ordinal) && member switch
    {
        MethodBase method => method.IsPublic || method.IsFamily || method.IsFamilyOrAssembly,
        FieldInfo field => field.IsPublic || field.IsFamily || field.IsFamilyOrAssembly,
        PropertyInfo property => property.GetAccessors(nonPublic: true).Any(IsVisible),
        EventInfo e => IsVisible(e.AddMethod!),
        Type => false,
        _ => false,
    };

    private static string Property(PropertyInfo property)
    {
        var getter = property.GetMethod is { } g && IsVisible(g) ? "get; " : "";
        var setter = property.SetMethod is { } s && IsVisible(s)
            ? s.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit)) ? "init; " : "set; "
            : "";
        var accessor = property.GetAccessors(nonPublic: true).First(IsVisible);
        var indexer = property.GetIndexParameters() is { Length: > 0 } index
            ? $"this[{string.Join(", ", index.Select(p => $"{ApiTypeNames.Name(p.ParameterType)} {p.Name}"))}]"
            : property.Name;
        return $"{Access(accessor)}{Modifiers(accessor)}{ApiTypeNames.Of(property)} {indexer} {{ {getter}{setter}}}";
    }

    private static string Field(FieldInfo field)
    {
        var prefix = field.IsLiteral ? "const " : (field.IsStatic ? "static " : "") + (field.IsInitOnly ? "readonly " : "");
        var value = field.IsLiteral ? $" = {ApiTypeNames.Literal(field.GetRawConstantValue())}" : "";
        return $"{Access(field)}{prefix}{ApiTypeNames.Of(field)} {field.Name}{value}";
    }

    private static string Access(MemberInfo member) => member switch
    {
        MethodBase { IsPublic: true } or FieldInfo { IsPublic: true } => "public ",
        MethodBase { IsFamilyOrAssembly: true } or FieldInfo { IsFamilyOrAssembly: true } => "protected internal ",
        _ => "protected ",
    };

    private static string Modifiers(MethodInfo method)
    {
        if (method.IsStatic) return "static ";
        if (method.IsAbstract) return method.DeclaringType!.IsInterface ? "" : "abstract ";
        var isOverride = method.GetBaseDefinition().DeclaringType != method.DeclaringType;
        if (isOverride) return method.IsFinal ? "sealed override " : "override ";
        return method.IsVirtual && !method.IsFinal ? "virtual " : "";
    }

    private static string Generics(MethodInfo method) =>
        method.IsGenericMethodDefinition ? $"<{string.Join(", ", method.GetGenericArguments().Select(a => a.Name))}>" : "";

    private static string Obsolete(MemberInfo member) =>
        member.GetCustomAttribute<ObsoleteAttribute>() is { } obsolete ? $"[Obsolete(\"{obsolete.Message}\")] " : "";
}

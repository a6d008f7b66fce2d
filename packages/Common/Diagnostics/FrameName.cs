namespace Starlette.Common.Diagnostics;

/// <summary>
/// Turns the names the C# compiler gives to what it generates back into the names a developer wrote, from the type
/// and method names alone (no reflection, so trimming and native AOT keep working): an async method's or
/// iterator's state machine (<c>Type+&lt;Run&gt;d__3.MoveNext</c>) becomes <c>Type.Run</c>, a lambda
/// (<c>Type+&lt;&gt;c.&lt;Build&gt;b__2_3</c>) <c>Type.Build+lambda</c>, a local function
/// (<c>Type.&lt;Build&gt;g__Check|2_0</c>) <c>Type.Build+Check</c>.
/// </summary>
internal static class FrameName
{
    /// <summary>The readable name of a method, given its declaring type's full name and its own name.</summary>
    public static string Readable(string? declaringTypeName, string methodName)
    {
        var type = new List<string>();
        string? stateMachineOf = null;
        foreach (var segment in TypeSegments(declaringTypeName))
        {
            if (!segment.StartsWith('<'))
            {
                type.Add(segment);
                continue;
            }

            // <Run>d__3 (a method's) or <<Run>b__0_0>d (a lambda's): a state machine; <>c and <>c__DisplayClass2_0:
            // a closure, nothing the user wrote.
            var inner = Bracketed(segment);
            if (inner.Length > 0 && segment.AsSpan(inner.Length + 2).StartsWith('d')) stateMachineOf = inner;
        }

        var owner = string.Join('.', type);
        var method = stateMachineOf is not null && methodName == "MoveNext" ? Member(stateMachineOf) : Member(methodName);
        return owner.Length == 0 ? method : owner + "." + method;
    }

    // A generated member name: <Build>b__2_3 (a lambda in Build), <Build>g__Check|2_0 (local function Check in
    // Build), or a nested one such as <<Build>g__Check|2_0>b__1 (a lambda in that local function).
    private static string Member(string name)
    {
        if (!name.StartsWith('<')) return name.StartsWith('-') ? "." + name[1..] : name; // -cctor: the compiler's .cctor
        var inner = Bracketed(name);
        if (inner.Length == 0) return name;
        var enclosing = Member(inner);
        var rest = name[(inner.Length + 2)..];
        if (rest.StartsWith("b__", StringComparison.Ordinal)) return enclosing + "+lambda";
        if (rest.StartsWith("g__", StringComparison.Ordinal))
        {
            var end = rest.IndexOf('|', StringComparison.Ordinal);
            return enclosing + "+" + (end > 3 ? rest[3..end] : rest[3..]);
        }

        return enclosing;
    }

    // The text between a leading '<' and its matching '>', or "" when there is none.
    private static string Bracketed(string name)
    {
        var depth = 0;
        for (var i = 0; i < name.Length; i++)
        {
            if (name[i] == '<') depth++;
            else if (name[i] == '>' && --depth == 0) return name[1..i];
        }

        return "";
    }

    // Ns.Outer`1+<Run>d__3[[System.Int32, ...]] -> "Ns.Outer", "<Run>d__3": nested types split (at '+', or at a
    // '.' before a generated name), generic arity and instantiation dropped.
    private static List<string> TypeSegments(string? typeName)
    {
        var segments = new List<string>();
        if (string.IsNullOrEmpty(typeName)) return segments;
        var bracket = typeName.IndexOf('[', StringComparison.Ordinal);
        if (bracket > 0) typeName = typeName[..bracket];
        var start = 0;
        var depth = 0;
        for (var i = 0; i <= typeName.Length; i++)
        {
            var end = i == typeName.Length || (depth == 0 && (typeName[i] == '+' || (typeName[i] == '.' && i + 1 < typeName.Length && typeName[i + 1] == '<')));
            if (end)
            {
                var segment = typeName[start..i];
                var tick = segment.IndexOf('`', StringComparison.Ordinal);
                segments.Add(tick > 0 ? segment[..tick] : segment);
                start = i + 1;
            }
            else if (typeName[i] == '<') depth++;
            else if (typeName[i] == '>') depth--;
        }

        return segments;
    }
}

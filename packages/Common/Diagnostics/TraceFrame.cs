namespace Starlette.Common.Diagnostics;

/// <summary>One stack frame as a developer reads it: the readable method name and, when the portable PDB is there, the source position.</summary>
/// <param name="Method">The method as written (see <see cref="FrameName"/>).</param>
/// <param name="File">The source file, or <see langword="null"/> without symbols.</param>
/// <param name="Line">The 1-based line in <paramref name="File"/>, or 0.</param>
/// <param name="Column">The 1-based column, or 0.</param>
internal readonly record struct TraceFrame(string Method, string? File, int Line, int Column)
{
    /// <summary>Whether the frame has a source position.</summary>
    public bool HasSource => File is not null && Line > 0;

    /// <summary>The frame as a stack trace line without the leading <c>at</c>: <c>Type.Method in /src/File.cs:line 12</c>.</summary>
    public override string ToString() => HasSource ? $"{Method} in {File}:line {Line}" : Method;
}

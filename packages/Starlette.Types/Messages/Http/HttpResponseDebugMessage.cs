namespace Starlette.Types;

/// <summary>
/// <c>http.response.debug</c>: details a response offers to tests (a template response sends its template name
/// and context). Only when the scope advertises <see cref="ExtensionNames.Debug"/>; hosts other than a test client ignore it.
/// </summary>
/// <param name="info">The details, keyed by name (for example <c>template</c> and <c>context</c>).</param>
public sealed class HttpResponseDebugMessage(IReadOnlyDictionary<string, object?> info) : AsgiMessage
{
    /// <inheritdoc />
    public override string Type => MessageTypes.HttpResponseDebug;

    /// <summary>The details (<c>info</c>).</summary>
    public IReadOnlyDictionary<string, object?> Info { get; } = ThrowHelper.IfNull(info);
}

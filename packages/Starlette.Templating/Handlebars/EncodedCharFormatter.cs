using System.Diagnostics.CodeAnalysis;
using HandlebarsDotNet;
using HandlebarsDotNet.IO;

namespace Starlette.Templating.Internal;

/// <summary>
/// Writes <see cref="char"/> values through the text encoder. Handlebars.Net's default formatter writes a char to
/// the output as is, so <c>'&lt;'</c> in an autoescaped template's context would bypass the escaping that a
/// one-character string gets (as in Jinja2, where every value is escaped).
/// </summary>
internal sealed class EncodedCharFormatter : IFormatter, IFormatterProvider
{
    public static readonly EncodedCharFormatter Instance = new();

    public void Format<T>(T value, in EncodedTextWriter writer) => writer.Write((char)(object)value!);

    public bool TryCreateFormatter(Type type, [NotNullWhen(true)] out IFormatter? formatter)
    {
        formatter = type == typeof(char) ? this : null;
        return formatter is not null;
    }
}

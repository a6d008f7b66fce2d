using System.Collections;
using System.Text;

namespace Starlette.Datastructures;

/// <summary>
/// A list of strings read from one comma-separated string (upstream's <c>CommaSeparatedStrings</c>, e.g. for
/// configuration such as <c>ALLOWED_HOSTS</c>). The text is split as Python's <c>shlex</c> in POSIX mode with
/// commas as the only separators: single or double quotes group text (and are removed), a backslash escapes,
/// <c>#</c> starts a comment; each item is then stripped of whitespace.
/// </summary>
public sealed class CommaSeparatedStrings : IReadOnlyList<string>
{
    private readonly string[] _items;

    /// <summary>Splits a comma-separated string, such as <c>"localhost", '127.0.0.1', 0.0.0.0</c>.</summary>
    /// <param name="value">The text.</param>
    /// <exception cref="ArgumentException">A quote is not closed, or the text ends with a lone backslash.</exception>
    public CommaSeparatedStrings(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _items = ShlexSplitter.Split(value, nameof(value));
    }

    /// <summary>Takes the strings as they are.</summary>
    /// <param name="values">The strings.</param>
    public CommaSeparatedStrings(IEnumerable<string> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        _items = values.ToArray();
    }

    /// <summary>The number of strings.</summary>
    public int Count => _items.Length;

    /// <summary>Gets a string by position.</summary>
    /// <param name="index">The position.</param>
    public string this[int index] => _items[index];

    /// <inheritdoc />
    public IEnumerator<string> GetEnumerator() => ((IEnumerable<string>)_items).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The strings quoted and joined as upstream's <c>str</c> does: <c>'localhost', '127.0.0.1'</c>.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Join(new StringBuilder()).ToString();

    /// <summary>Describes the strings as upstream's <c>repr</c> does: <c>CommaSeparatedStrings(['localhost', '127.0.0.1'])</c>.</summary>
    /// <returns>The description.</returns>
    public string ToDisplayString() => Join(new StringBuilder("CommaSeparatedStrings([")).Append("])").ToString();

    private StringBuilder Join(StringBuilder builder)
    {
        for (var i = 0; i < _items.Length; i++)
        {
            if (i > 0) builder.Append(", ");
            PythonRepr.AppendQuoted(builder, _items[i]);
        }

        return builder;
    }
}

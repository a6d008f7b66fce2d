using System.Collections;
using System.Runtime.CompilerServices;

namespace Starlette.Types;

/// <summary>
/// The header fields an app gives a response or a request, in order and with duplicates. Write them as a collection
/// expression of tuples or pairs (<c>headers: [("Cache-Control", "no-store"), ("X-Custom", "yes")]</c>), or pass a
/// <see cref="Dictionary{TKey, TValue}"/> of strings or an array of pairs, which convert implicitly; any other
/// sequence goes through <see cref="From(IEnumerable{KeyValuePair{string, string}})"/>. Names keep the case given here;
/// the response lowercases them for the contract.
/// </summary>
[CollectionBuilder(typeof(HeaderFields), nameof(Create))]
public sealed class HeaderFields : IReadOnlyList<HttpHeader>
{
    private readonly HttpHeader[] _fields;

    private HeaderFields(HttpHeader[] fields) => _fields = fields;

    /// <summary>The number of fields.</summary>
    public int Count => _fields.Length;

    /// <summary>The field at <paramref name="index"/>.</summary>
    /// <param name="index">The position, from 0.</param>
    public HttpHeader this[int index] => _fields[index];

    /// <summary>The fields of a collection expression (the compiler calls this for <c>[...]</c>).</summary>
    /// <param name="fields">The fields, in order.</param>
    /// <returns>A copy of the fields.</returns>
    public static HeaderFields Create(ReadOnlySpan<HttpHeader> fields) => new(fields.ToArray());

    /// <summary>The fields of a sequence of name/value pairs, such as a read-only dictionary.</summary>
    /// <param name="fields">The pairs, in order.</param>
    /// <returns>A copy of the pairs as fields.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fields"/> is <see langword="null"/>.</exception>
    public static HeaderFields From(IEnumerable<KeyValuePair<string, string>> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return new([.. fields.Select(static field => (HttpHeader)field)]);
    }

    /// <summary>The fields of a sequence of headers.</summary>
    /// <param name="fields">The headers, in order.</param>
    /// <returns>A copy of the headers.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="fields"/> is <see langword="null"/>.</exception>
    public static HeaderFields From(IEnumerable<HttpHeader> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return new([.. fields]);
    }

    /// <summary>The entries of a dictionary, in its enumeration order.</summary>
    /// <param name="fields">The dictionary, or <see langword="null"/> for none.</param>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(fields))]
    public static implicit operator HeaderFields?(Dictionary<string, string>? fields) => fields is null ? null : From(fields);

    /// <summary>The pairs of an array, in order.</summary>
    /// <param name="fields">The pairs, or <see langword="null"/> for none.</param>
    [return: System.Diagnostics.CodeAnalysis.NotNullIfNotNull(nameof(fields))]
    public static implicit operator HeaderFields?(KeyValuePair<string, string>[]? fields) => fields is null ? null : From(fields);

    /// <summary>Enumerates the fields in order.</summary>
    /// <returns>The enumerator.</returns>
    public IEnumerator<HttpHeader> GetEnumerator() => ((IEnumerable<HttpHeader>)_fields).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

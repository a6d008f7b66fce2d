using Starlette.Types;

namespace Starlette.Datastructures;

/// <summary>
/// A request's query parameters: an immutable string multi-dictionary, as upstream's <c>QueryParams</c>. A query
/// string is parsed as Python's <c>parse_qsl(keep_blank_values=True)</c> parses it: <c>+</c> is a space, escapes
/// are decoded as UTF-8 (invalid bytes become U+FFFD), a name without <c>=</c> has the value <c>""</c>, empty
/// fields are skipped. Parsing never throws. <see cref="ToString"/> encodes the pairs back as <c>urlencode</c> does.
/// </summary>
public sealed class QueryParams : ImmutableMultiDict<string, string>
{
    /// <summary>Creates empty query parameters.</summary>
    public QueryParams()
    {
    }

    /// <summary>Parses a query string (without the leading <c>?</c>).</summary>
    /// <param name="queryString">The query string, such as <c>a=1&amp;b=two+words</c>.</param>
    public QueryParams(string queryString)
        : base(PercentEncoding.ParseQuery(queryString ?? throw new ArgumentNullException(nameof(queryString))), owned: true)
    {
    }

    /// <summary>Parses a scope's query string (upstream's <c>QueryParams(scope["query_string"])</c>).</summary>
    /// <param name="scope">The scope.</param>
    public QueryParams(Scope scope)
        : this((scope ?? throw new ArgumentNullException(nameof(scope))).QueryString)
    {
    }

    /// <summary>Creates query parameters from pairs (a list, a dictionary, or another multi-dictionary's pairs).</summary>
    /// <param name="items">The pairs.</param>
    public QueryParams(IEnumerable<KeyValuePair<string, string>> items)
        : base(items)
    {
        foreach (var pair in _list)
        {
            if (pair.Value is null) throw new ArgumentException("A value is null.", nameof(items));
        }
    }

    /// <summary>The parameters encoded as a query string, as upstream's <c>str(params)</c> (<c>urlencode</c>).</summary>
    /// <returns>The query string, without <c>?</c>.</returns>
    public override string ToString() => PercentEncoding.UrlEncode(_list);

    /// <summary>Describes the parameters as upstream's <c>repr</c> does: <c>QueryParams('a=123&amp;b=456')</c>.</summary>
    /// <returns>The description.</returns>
    public override string ToDisplayString() => $"QueryParams({PythonRepr.Quote(ToString())})";
}

namespace Starlette.Datastructures;

public sealed partial class Url
{
    /// <summary>
    /// A copy whose query has the given parameters set (upstream's <c>include_query_params</c>): existing parameters
    /// with those names are dropped, the given ones appended, and the query re-encoded as <c>urlencode</c> does.
    /// </summary>
    /// <param name="parameters">The names and values to set.</param>
    /// <returns>The new URL.</returns>
    public Url IncludeQueryParams(params (string Key, string Value)[] parameters) => IncludeQueryParams(ToPairs(parameters));

    /// <summary>
    /// A copy whose query has the given parameters set (upstream's <c>include_query_params</c>): existing parameters
    /// with those names are dropped, the given ones appended, and the query re-encoded as <c>urlencode</c> does.
    /// </summary>
    /// <param name="parameters">The names and values to set, such as a dictionary.</param>
    /// <returns>The new URL.</returns>
    public Url IncludeQueryParams(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        var current = new MultiDict<string, string>(PercentEncoding.ParseQuery(Query));
        current.Update(Checked(parameters));
        return Replace(query: PercentEncoding.UrlEncode(current.Pairs));
    }

    /// <summary>A copy whose query is exactly the given parameters, encoded as <c>urlencode</c> does (upstream's <c>replace_query_params</c>).</summary>
    /// <param name="parameters">The names and values, in order.</param>
    /// <returns>The new URL.</returns>
    public Url ReplaceQueryParams(params (string Key, string Value)[] parameters) => ReplaceQueryParams(ToPairs(parameters));

    /// <summary>A copy whose query is exactly the given parameters, encoded as <c>urlencode</c> does (upstream's <c>replace_query_params</c>).</summary>
    /// <param name="parameters">The names and values, in order, such as a dictionary.</param>
    /// <returns>The new URL.</returns>
    public Url ReplaceQueryParams(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        return Replace(query: PercentEncoding.UrlEncode(Checked(parameters)));
    }

    /// <summary>A copy without the query parameters of the given names, the rest re-encoded (upstream's <c>remove_query_params</c>).</summary>
    /// <param name="keys">The names to remove.</param>
    /// <returns>The new URL.</returns>
    public Url RemoveQueryParams(params string[] keys) => RemoveQueryParams((IEnumerable<string>)keys);

    /// <inheritdoc cref="RemoveQueryParams(string[])"/>
    public Url RemoveQueryParams(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var current = new MultiDict<string, string>(PercentEncoding.ParseQuery(Query));
        foreach (var key in keys) current.Remove(key);
        return Replace(query: PercentEncoding.UrlEncode(current.Pairs));
    }

    private static List<KeyValuePair<string, string>> ToPairs((string Key, string Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var pairs = new List<KeyValuePair<string, string>>(parameters.Length);
        foreach (var (key, value) in parameters) pairs.Add(new KeyValuePair<string, string>(key, value));
        return pairs;
    }

    private static List<KeyValuePair<string, string>> Checked(IEnumerable<KeyValuePair<string, string>> parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var pairs = parameters.ToList();
        foreach (var (key, value) in pairs)
        {
            if (key is null || value is null) throw new ArgumentException("A query parameter's name or value is null.", nameof(parameters));
        }

        return pairs;
    }
}

using System.Collections;
using HandlebarsDotNet;
using HandlebarsDotNet.Compiler;
using HandlebarsDotNet.PathStructure;
using Starlette.Requests;

namespace Starlette.Templating.Internal;

/// <summary>
/// The <c>url_for</c> helper: <c>{{url_for "user" id=1}}</c> is the absolute URL of the route called <c>user</c>
/// with path parameter <c>id</c>, built by <see cref="HttpConnection.UrlFor(string, IReadOnlyDictionary{string, object?}?)"/> on the root context's <c>request</c>.
/// </summary>
internal static class UrlForHelper
{
    public const string Name = "url_for";

    public static void RegisterIfMissing(IHandlebars handlebars)
    {
        if (handlebars.Configuration.Helpers.TryGetValue(Name, out _)) return;
        handlebars.RegisterHelper(Name, UrlFor);
    }

    private static object? UrlFor(in HelperOptions options, in Context context, in Arguments arguments)
    {
        if (arguments.Length == 0 || arguments[0] is HashParameterDictionary)
            throw new InvalidOperationException("url_for needs a route name: {{url_for \"name\" param=value}}.");
        var name = arguments[0] as string ?? Convert.ToString(arguments[0], System.Globalization.CultureInfo.InvariantCulture)
            ?? throw new InvalidOperationException("url_for needs a route name, not null.");
        var request = FindRequest(options.Data[ChainSegment.Root])
            ?? throw new InvalidOperationException("url_for needs the request in the template context under 'request'.");
        return request.UrlFor(name, arguments.Hash).ToString();
    }

    private static HttpConnection? FindRequest(object? root) => root switch
    {
        IReadOnlyDictionary<string, object?> map => map.TryGetValue("request", out var value) ? value as HttpConnection : null,
        IDictionary<string, object?> map => map.TryGetValue("request", out var value) ? value as HttpConnection : null,
        IDictionary map => map["request"] as HttpConnection,
        _ => null,
    };
}

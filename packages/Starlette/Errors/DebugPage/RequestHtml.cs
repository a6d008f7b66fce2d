using System.Globalization;
using System.Net;
using System.Text;
using Starlette.Requests;
using Starlette.Types;

namespace Starlette;

/// <summary>
/// The request section of the debug page, as ASP.NET Core's developer page shows it: method, path, query, the
/// matched route template and path parameters, client, scheme and HTTP version, then the headers and the cookies.
/// </summary>
internal static class RequestHtml
{
    public static void Append(StringBuilder html, Request request)
    {
        var scope = request.Scope;
        html.Append("<div class=\"request\"><h2>Request</h2><table class=\"request-info\">");
        Row(html, "Method", scope.Method);
        Row(html, "Path", scope.Path);
        Row(html, "Query string", scope.QueryString);
        Row(html, "Route", scope.TryGetItem(ScopeItemKeys.RouteTemplate, out var route) ? route as string : null);
        if (scope.HasPathParams)
        {
            foreach (var (name, value) in scope.PathParams)
                Row(html, "Path parameter " + name, Convert.ToString(value, CultureInfo.InvariantCulture));
        }

        Row(html, "Client", scope.Client?.ToString());
        Row(html, "Scheme", scope.Scheme);
        Row(html, "HTTP version", scope.HttpVersion);
        html.Append("</table>");

        Table(html, "Headers", "request-headers", scope.Headers.Select(header => (header.Name, header.Value)));
        Table(html, "Cookies", "request-cookies", Cookies(request));
        html.Append("</div>");
    }

    private static IEnumerable<(string Name, string Value)> Cookies(Request request) =>
        request.Cookies.Select(cookie => (cookie.Key, cookie.Value));

    private static void Table(StringBuilder html, string title, string cssClass, IEnumerable<(string Name, string Value)> rows)
    {
        html.Append("<h2>").Append(title).Append("</h2><table class=\"").Append(cssClass).Append("\">");
        var any = false;
        foreach (var (name, value) in rows)
        {
            Row(html, name, value);
            any = true;
        }

        if (!any) html.Append("<tr><td class=\"empty\">none</td></tr>");
        html.Append("</table>");
    }

    private static void Row(StringBuilder html, string name, string? value)
    {
        html.Append("<tr><th>").Append(WebUtility.HtmlEncode(name)).Append("</th><td>");
        if (string.IsNullOrEmpty(value)) html.Append("<span class=\"empty\">none</span>");
        else html.Append(WebUtility.HtmlEncode(value));
        html.Append("</td></tr>");
    }
}

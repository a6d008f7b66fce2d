using System.Globalization;

namespace Starlette.Responses;

/// <summary>Dates as HTTP headers and cookies write them: <c>Thu, 22 Jan 2037 12:00:10 GMT</c>.</summary>
internal static class HttpDates
{
    public static string Format(DateTimeOffset value) =>
        value.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture);
}

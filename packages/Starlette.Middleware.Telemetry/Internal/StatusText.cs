using System.Globalization;

namespace Starlette.Middleware.Telemetry;

/// <summary>Status codes as tag values: boxed once and as text once per code (100-599), so a record allocates neither.</summary>
internal static class StatusText
{
    private static readonly object[] BoxedCodes = Build(code => (object)code);
    private static readonly string[] Texts = Build(code => code.ToString(CultureInfo.InvariantCulture));

    public static object Boxed(int status) => status is >= 100 and < 600 ? BoxedCodes[status - 100] : status;

    public static string Of(int status) => status is >= 100 and < 600 ? Texts[status - 100] : status.ToString(CultureInfo.InvariantCulture);

    private static T[] Build<T>(Func<int, T> make)
    {
        var values = new T[500];
        for (var i = 0; i < values.Length; i++) values[i] = make(i + 100);
        return values;
    }
}

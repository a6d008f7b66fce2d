using System.Numerics;
using Starlette.Common;

namespace Starlette.StaticFiles.Internal;

/// <summary>
/// The date fields Python's <c>email.utils.parsedate</c> yields (year, month, day, hour, minute, second; the time
/// zone is ignored), compared as its tuples are: field by field.
/// </summary>
internal readonly record struct PythonDate(BigInteger Year, int Month, BigInteger Day, BigInteger Hour, BigInteger Minute, BigInteger Second)
    : IComparable<PythonDate>
{
    private static readonly string[] MonthNames =
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    private static readonly string[] DayNames = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];

    public int CompareTo(PythonDate other)
    {
        var result = Year.CompareTo(other.Year);
        if (result == 0) result = Month.CompareTo(other.Month);
        if (result == 0) result = Day.CompareTo(other.Day);
        if (result == 0) result = Hour.CompareTo(other.Hour);
        if (result == 0) result = Minute.CompareTo(other.Minute);
        return result != 0 ? result : Second.CompareTo(other.Second);
    }

    /// <summary>Python's <c>parsedate</c> (RFC 2822 dates and the looser forms it accepts); false where it returns <c>None</c>.</summary>
    public static bool TryParse(string? text, out PythonDate date)
    {
        date = default;
        if (string.IsNullOrEmpty(text)) return false;
        var data = Split(text);
        if (data.Count == 0) return false;
        if (data[0].EndsWith(',') || Array.IndexOf(DayNames, data[0].ToLowerInvariant()) >= 0) data.RemoveAt(0);
        else if (data[0].LastIndexOf(',') is var comma and >= 0) data[0] = data[0][(comma + 1)..];

        if (data.Count == 3 && data[0].Split('-') is { Length: 3 } rfc850) data = [.. rfc850, .. data[1..]];
        if (data.Count == 4)
        {
            var last = data[3];
            var sign = last.IndexOf('+');
            if (sign == -1) sign = last.IndexOf('-');
            if (sign > 0)
            {
                data[3] = last[..sign];
                data.Add(last[sign..]);
            }
            else
            {
                data.Add("");
            }
        }

        if (data.Count < 5) return false;
        var (dd, mm, yy, tm, tz) = (data[0], data[1].ToLowerInvariant(), data[2], data[3], data[4]);
        if (dd.Length == 0 || mm.Length == 0 || yy.Length == 0) return false;
        if (Array.IndexOf(MonthNames, mm) < 0)
        {
            (dd, mm) = (mm, dd.ToLowerInvariant());
            if (Array.IndexOf(MonthNames, mm) < 0) return false;
        }

        var month = Array.IndexOf(MonthNames, mm) + 1;
        if (month > 12) month -= 12;
        if (dd[^1] == ',') dd = dd[..^1];
        if (yy.IndexOf(':') > 0) (yy, tm) = (tm, yy);
        if (yy[^1] == ',')
        {
            yy = yy[..^1];
            if (yy.Length == 0) return false;
        }

        if (!PythonInt.IsDigit(yy[0])) yy = tz;
        if (tm[^1] == ',') tm = tm[..^1];
        if (!TrySplitTime(tm, out var hh, out var mi, out var ss)) return false;

        if (!PythonInt.TryParse(yy, out var year) || !PythonInt.TryParse(dd, out var day) ||
            !PythonInt.TryParse(hh, out var hour) || !PythonInt.TryParse(mi, out var minute) ||
            !PythonInt.TryParse(ss, out var second))
        {
            return false;
        }

        if (year < 100) year += year > 68 ? 1900 : 2000;
        date = new PythonDate(year, month, day, hour, minute, second);
        return true;
    }

    // "hh:mm", "hh:mm:ss", or the dotted forms some mailers write.
    private static bool TrySplitTime(string tm, out string hh, out string mi, out string ss)
    {
        (hh, mi, ss) = ("", "", "0");
        var parts = tm.Split(':');
        if (parts.Length == 1 && tm.Contains('.')) parts = tm.Split('.');
        else if (parts.Length is not (2 or 3)) return false;
        if (parts.Length is not (2 or 3)) return false;
        (hh, mi) = (parts[0], parts[1]);
        if (parts.Length == 3) ss = parts[2];
        return true;
    }

    // Python's str.split() with no separator: runs of white space separate, none at the ends.
    private static List<string> Split(string text)
    {
        var parts = new List<string>(6);
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var space = i == text.Length || PythonText.IsSpace(text[i]);
            if (space && start >= 0)
            {
                parts.Add(text[start..i]);
                start = -1;
            }
            else if (!space && start < 0)
            {
                start = i;
            }
        }

        return parts;
    }
}

namespace Starlette.Requests;

/// <summary>Hexadecimal digit pairs, as in percent-encoding.</summary>
internal static class Hex
{
    public static bool TryDecode(int high, int low, out byte value)
    {
        var h = Digit(high);
        var l = Digit(low);
        value = (byte)((h << 4) | l);
        return (h | l) >= 0;
    }

    private static int Digit(int c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        >= 'A' and <= 'F' => c - 'A' + 10,
        _ => -1,
    };
}

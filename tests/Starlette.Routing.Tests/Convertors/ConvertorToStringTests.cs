using System.Numerics;

namespace Starlette.Routing.Tests;

/// <summary>
/// Building paths from values of any type the convertor's Python counterpart accepts: <c>int(value)</c>,
/// <c>float(value)</c>, <c>uuid.UUID(value)</c>; anything else is a clear <see cref="ArgumentException"/>.
/// </summary>
public class ConvertorToStringTests
{
    public static TheoryData<object, string> Integers => new()
    {
        { 7, "7" },
        { 7L, "7" },
        { (short)7, "7" },
        { (byte)7, "7" },
        { 7u, "7" },
        { 7ul, "7" },
        { BigInteger.Parse("123456789012345678901234", System.Globalization.CultureInfo.InvariantCulture), "123456789012345678901234" },
        { "42", "42" },
        { 3.9, "3" }, // int(3.9) truncates
    };

    [Theory]
    [MemberData(nameof(Integers))]
    public void IntegerConvertor_ToString_TakesWhatPythonIntTakes(object value, string expected) =>
        Assert.Equal(expected, new IntegerConvertor().ToString(value));

    public static TheoryData<object, string> Floats => new()
    {
        { 1.5f, "1.5" },
        { 2.25m, "2.25" },
        { 3, "3" },
        { 4L, "4" },
        { "0.5", "0.5" },
    };

    [Theory]
    [MemberData(nameof(Floats))]
    public void FloatConvertor_ToString_TakesWhatPythonFloatTakes(object value, string expected) =>
        Assert.Equal(expected, new FloatConvertor().ToString(value));

    [Fact]
    public void UuidConvertor_ToString_NormalizesAUuidString() =>
        Assert.Equal("a1b2c3d4-0000-4000-8000-00000000000f", new UuidConvertor().ToString("A1B2C3D4-0000-4000-8000-00000000000F"));

    [Fact]
    public void ToString_UnsupportedValue_ThrowsNamingIt()
    {
        Assert.Equal("Cannot convert System.Object to an integer", Assert.Throws<ArgumentException>(() => new IntegerConvertor().ToString(new object())).Message);
        Assert.Equal("Cannot convert null to an integer", Assert.Throws<ArgumentException>(() => new IntegerConvertor().ToString(null)).Message);
        Assert.Equal("Cannot convert System.Object to a float", Assert.Throws<ArgumentException>(() => new FloatConvertor().ToString(new object())).Message);
        Assert.Equal("Cannot convert 5 to a UUID", Assert.Throws<ArgumentException>(() => new UuidConvertor().ToString(5)).Message);
    }
}

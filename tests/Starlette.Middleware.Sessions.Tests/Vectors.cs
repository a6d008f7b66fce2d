namespace Starlette.Middleware.Sessions.Tests;

/// <summary>
/// Cookies made by Python at authoring time with Debian's python3-itsdangerous 2.1.2, exactly as upstream's
/// SessionMiddleware makes them: <c>TimestampSigner(secret).sign(b64encode(json.dumps(session).encode()))</c> with
/// <c>TimestampSigner.get_timestamp</c> patched to return a fixed time. The tests need no Python.
/// </summary>
internal static class Vectors
{
    /// <summary>The signing time of most vectors: 2023-11-14T22:13:20Z.</summary>
    public const long SignedAt = 1_700_000_000;

    /// <summary><c>{"some": "data"}</c>, secret <c>example</c>.</summary>
    public const string Simple = "eyJzb21lIjogImRhdGEifQ==.ZVPxAA.DnuleGQm4eV-Ux8xFWlAxKw6OP8";

    /// <summary>
    /// <see cref="ComplexJson"/>, secret <c>example</c>: non-ASCII and astral text, a big integer, floats in fixed
    /// and exponent notation, -0.0, booleans, null, nested lists and objects, escapes.
    /// </summary>
    public const string Complex = "eyJ1c2VyIjogIlx1MDBmY25cdTAwZWZjXHUwMGY4ZFx1MDBlOSBcdTI2MDMgXHVkODNkXHVkZTAwIiwgIm4iOiA0MiwgImJpZyI6IDEyMzQ1Njc4OTAxMjM0NTY3ODkwMTIzLCAiZiI6IDEuNSwgImYyIjogMWUtMDcsICJmMyI6IDFlKzE2LCAiZjQiOiAwLjEsICJmNSI6IDEwMDAwMDAwMDAwMDAwMDAuMCwgImY2IjogMTIzNDU2Ljc4OSwgIm5lZ3plcm8iOiAtMC4wLCAibmVnIjogLTMsICJ0IjogdHJ1ZSwgImZhIjogZmFsc2UsICJudWwiOiBudWxsLCAibGlzdCI6IFsxLCAidHdvIiwgWzMuMF0sIHsiayI6ICJ2In1dLCAib2JqIjogeyJhIjogeyJiIjogW119LCAiZW1wdHkiOiB7fX0sICJlc2MiOiAicXVvdGVcIiBiYWNrXFwgbmxcbiB0YWJcdCBjdHJsXHUwMDAxIGRlbFx1MDA3ZiBzbGFzaC8gPD4mJyJ9.ZVPxAA.wAa7r4O1Tfdtcw7dBzFwgoWrdHM";

    /// <summary>What Python's <c>json.dumps</c> wrote for <see cref="Complex"/>.</summary>
    public const string ComplexJson = """{"user": "\u00fcn\u00efc\u00f8d\u00e9 \u2603 \ud83d\ude00", "n": 42, "big": 12345678901234567890123, "f": 1.5, "f2": 1e-07, "f3": 1e+16, "f4": 0.1, "f5": 1000000000000000.0, "f6": 123456.789, "negzero": -0.0, "neg": -3, "t": true, "fa": false, "nul": null, "list": [1, "two", [3.0], {"k": "v"}], "obj": {"a": {"b": []}, "empty": {}}, "esc": "quote\" back\\ nl\n tab\t ctrl\u0001 del\u007f slash/ <>&'"}""";

    /// <summary><c>{}</c>, secret <c>example</c>: a genuine but empty session.</summary>
    public const string Empty = "e30=.ZVPxAA.ViDeE5vLiHsDAyfE56mHLDNb81w";

    /// <summary><c>{"a": 1}</c>, secret <see cref="UnicodeSecret"/> (the key is derived from its UTF-8 bytes).</summary>
    public const string UnicodeSecretCookie = "eyJhIjogMX0=.ZVPxAA.qHCJAJcZBhFmeyyhpgEgJPdLGTM";

    public const string UnicodeSecret = "s\u00e9cret-\u043a\u043b\u044e\u0447";

    /// <summary><c>{"a": 1}</c> signed at Unix time 0: the timestamp is empty.</summary>
    public const string AtTime0 = "eyJhIjogMX0=..eI_3lI3GibBy6dtwoSYJso10GAU";

    /// <summary><c>{"a": 1}</c> signed at Unix time 1: a one-byte timestamp.</summary>
    public const string AtTime1 = "eyJhIjogMX0=.AQ.JRZbpxLcsyoxRzLEQLZW2mKuzbE";

    /// <summary><c>{"a": 1}</c> signed at 2^33 + 5 (in 2242): a five-byte timestamp.</summary>
    public const string AtTime2Pow33Plus5 = "eyJhIjogMX0=.AgAAAAU.VVm2Jw6QyJLgeHzRhjS31ipFzXA";

    /// <summary><c>{"a": 1}</c> signed at 2^40 + 5 (beyond year 9999, which .NET clocks cannot reach): a six-byte timestamp.</summary>
    public const string AtTime2Pow40Plus5 = "eyJhIjogMX0=.AQAAAAAF.xeZ38cieqavabI3oKVa3U5w0nYY";

    /// <summary>A genuine signature over <c>!!!notbase64</c>: the payload is not base64.</summary>
    public const string SignedNotBase64 = "!!!notbase64.ZVPxAA.VJoGeDgzD5bwv2f5lsRJxVKbJr4";

    /// <summary>A genuine signature over base64 of <c>[1, 2]</c>: JSON, but not an object.</summary>
    public const string SignedArray = "WzEsIDJd.ZVPxAA.PYQfzhHd-ILnQ5R7M417hpzdes0";

    /// <summary>A genuine signature over base64 of <c>{"a": </c>: truncated JSON.</summary>
    public const string SignedBadJson = "eyJhIjog.ZVPxAA.hS5IC6TGZsofGPjbAl6f0N6xTLM";

    /// <summary><c>{"x": float("nan"), "y": float("inf")}</c>: Python writes <c>NaN</c> and <c>Infinity</c>.</summary>
    public const string NonFinite = "eyJ4IjogTmFOLCAieSI6IEluZmluaXR5fQ==.ZVPxAA.hwOG0uothadrSG4i_YTNny9J640";

    /// <summary>Doubles (as IEEE bits) and what Python's <c>json.dumps</c> writes for the list of them.</summary>
    public static readonly ulong[] FloatBits =
    [
        4591870180066957722, 4596373779694328218, 4599075939470750516, 4599676419421066581, 4604180019048437077, 4547007122018943789,
        4532020583610935537, 4547006384149180840, 4548482861544840553, 4831355200913801216, 4846369599423283200, 4846369599423283199,
        4847542438873900484, 4817745636528479851, 1, 4503599627370496, 9218868437227405311, 13832806255468478464, 9223372036854775808, 0,
        4636737291354636288, 4936209963552724370, 4921056587992461136, 4338849366666414990, 4616583683022153318, 4602678819172646912,
        4508321993853365645, 4607182418800017409, 4614256656552045848, 4962933279127225623, 9221120237041090560, 9218868437227405312,
        18442240474082181120,
    ];

    public const string FloatsJson = "[0.1, 0.2, 0.30000000000000004, 0.3333333333333333, 0.6666666666666666, 0.0001, 1e-05, 9.999e-05, 0.00012, 1000000000000000.0, 1e+16, 9999999999999998.0, 1.2345678901234568e+16, 123456789012345.67, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e+308, -1.5, -0.0, 0.0, 100.0, 1e+22, 1e+21, 1.23e-18, 4.35, 0.5, 2.5e-07, 1.0000000000000002, 3.141592653589793, 6.02214076e+23, NaN, Infinity, -Infinity]";

    /// <summary>Python's <c>json.dumps</c> of a string with control, Latin-1, BMP-edge, astral and separator characters.</summary>
    public const string EscapesText = "a\u0000b\u001fc\u0080d\u00ffe\u0100f\uffff g\U0010ffff h\u2028i";

    public const string EscapesJson = """{"s": "a\u0000b\u001fc\u0080d\u00ffe\u0100f\uffff g\udbff\udfff h\u2028i"}""";
}

using Starlette.Datastructures;

namespace Starlette.Configuration.Tests.Values;

public sealed class ConfigTests
{
    private static int CastToInt(string value) => int.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

    [Fact]
    public void Get_ReturnTypes_FollowOverloads()
    {
        // Upstream checks its overloads' return types with mypy's assert_type; here the compiler checks the
        // declarations below, and the test checks the runtime values behind them.
        var config = new Config(environmentVariables: new Dictionary<string, string> { ["STR"] = "some_str_value", ["STR_CAST"] = "some_str_value", ["BOOL"] = "true" });

        string str = config.Get("STR");
        string strDefault = config.Get("STR_DEFAULT", "");
        string strCast = config.Get<string>("STR_CAST");
        string? strNone = config.Get("STR_NONE", null);
        string? strCastNone = config.Get("STR_CAST_NONE", value => value, (string?)null);
        string strCastStr = config.Get("STR_CAST_STR", value => value, "");
        bool boolean = config.Get<bool>("BOOL");
        bool boolDefault = config.Get("BOOL_DEFAULT", false);
        bool? boolNone = config.Get<bool>("BOOL_NONE", defaultValue: null);

        Assert.Equal(("some_str_value", "", "some_str_value"), (str, strDefault, strCast));
        Assert.Null(strNone);
        Assert.Null(strCastNone);
        Assert.Equal("", strCastStr);
        Assert.True(boolean);
        Assert.False(boolDefault);
        Assert.Null(boolNone);
        // Upstream's runtime errors for a str default with an int cast cannot be written: the default is typed.
    } // upstream test_config_types

    [Fact]
    public void Get_EnvFileEnvironAndDefaults_CastAsAsked()
    {
        using var tmp = new TempDirectory();
        var path = tmp.Write(".env", """
            # Do not commit to source control
            DATABASE_URL=postgres://user:pass@localhost/dbname
            REQUEST_HOSTNAME=example.com
            SECRET_KEY=12345
            BOOL_AS_INT=0


            """);

        var config = new Config(path, environmentVariables: new Dictionary<string, string> { ["DEBUG"] = "true" });

        var debug = config.Get<bool>("DEBUG");
        var databaseUrl = config.Get("DATABASE_URL", value => new Url(value));
        var requestTimeout = config.Get("REQUEST_TIMEOUT", 10);
        var requestHostname = config.Get("REQUEST_HOSTNAME");
        var mailHostname = config.Get("MAIL_HOSTNAME", null);
        var secretKey = config.GetSecret("SECRET_KEY");
        var unsetSecret = config.GetSecret("UNSET_SECRET", null);
        var emptySecret = config.GetSecret("EMPTY_SECRET", "");
        Assert.False(config.Get<bool>("BOOL_AS_INT"));
        Assert.Equal(0, config.Get("BOOL_AS_INT", CastToInt));
        Assert.Equal(1, config.Get("DEFAULTED_BOOL", CastToInt, 1));

        Assert.True(debug);
        Assert.Equal("/dbname", databaseUrl.Path);
        Assert.Equal("pass", databaseUrl.Password);
        Assert.Equal("user", databaseUrl.Username);
        Assert.Equal(10, requestTimeout);
        Assert.Equal("example.com", requestHostname);
        Assert.Null(mailHostname);
        Assert.Equal("Secret('**********')", secretKey.ToString());
        Assert.Equal("12345", secretKey.Reveal());
        Assert.False(secretKey.IsEmpty);
        Assert.True(emptySecret!.IsEmpty);
        Assert.Null(unsetSecret);

        Assert.Equal("Config 'MISSING' is missing, and has no default.", Assert.Throws<KeyNotFoundException>(() => config.Get("MISSING")).Message);
        Assert.Equal("Config 'DEBUG' has value 'true'. Not a valid int.", Assert.Throws<FormatException>(() => config.Get<int>("DEBUG")).Message);
        Assert.Equal("Config 'REQUEST_HOSTNAME' has value 'example.com'. Not a valid bool.", Assert.Throws<FormatException>(() => config.Get<bool>("REQUEST_HOSTNAME")).Message);

        config = new Config(new FileInfo(path).FullName);
        Assert.Equal("example.com", config.Get("REQUEST_HOSTNAME"));
    } // upstream test_config (env file, environ, casts, secrets, errors)

    [Fact]
    public void Get_DefaultEnviron_ReadsProcessEnvironment()
    {
        using var example = new ProcessVariable("STARLETTE_EXAMPLE_TEST", "123");
        using var boolAsInt = new ProcessVariable("BOOL_AS_INT", "1");
        var config = new Config();

        Assert.Same(EnvironmentVariables.Default, config.EnvironmentVariables);
        Assert.Equal(123, config.Get<int>(example.Name));
        Assert.True(config.Get<bool>(boolAsInt.Name));

        boolAsInt.Set("2");
        Assert.Equal($"Config '{boolAsInt.Name}' has value '2'. Not a valid bool.", Assert.Throws<FormatException>(() => config.Get<bool>(boolAsInt.Name)).Message);
    } // upstream test_config (process environment part)

    [Fact]
    public void Get_EnvPrefix_PrefixesEveryKey()
    {
        var config = new Config(environmentVariables: new Dictionary<string, string> { ["APP_DEBUG"] = "value", ["ENVIRONMENT"] = "dev" }, envPrefix: "APP_");

        Assert.Equal("value", config.Get("DEBUG"));
        Assert.Equal("Config 'APP_ENVIRONMENT' is missing, and has no default.", Assert.Throws<KeyNotFoundException>(() => config.Get("ENVIRONMENT")).Message);
    } // upstream test_config_with_env_prefix

    [Fact]
    public void Get_KeyInEnvironAndFile_EnvironWins()
    {
        using var tmp = new TempDirectory();
        var config = new Config(tmp.Write(".env", "HOST=file\nPORT=8000\n"), environmentVariables: new Dictionary<string, string> { ["HOST"] = "environ" });

        Assert.Equal("environ", config["HOST"]);
        Assert.Equal(8000, config.Get<int>("PORT"));
        Assert.Equal(new Dictionary<string, string> { ["HOST"] = "file", ["PORT"] = "8000" }, config.FileValues);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("TRUE", true)]
    [InlineData("True", true)]
    [InlineData("1", true)]
    [InlineData("false", false)]
    [InlineData("False", false)]
    [InlineData("0", false)]
    public void GetBool_UpstreamSpellings_Parse(string value, bool expected) =>
        Assert.Equal(expected, WithEnviron(("FLAG", value)).Get<bool>("FLAG"));

    [Theory]
    [InlineData("yes", "yes")]
    [InlineData("On", "on")]
    [InlineData("2", "2")]
    [InlineData(" true", " true")]
    [InlineData("", "")]
    public void GetBool_OtherSpellings_ErrorShowsLoweredValue(string value, string shown) =>
        Assert.Equal($"Config 'FLAG' has value '{shown}'. Not a valid bool.", Assert.Throws<FormatException>(() => WithEnviron(("FLAG", value)).Get<bool>("FLAG")).Message);

    [Fact]
    public void GetNumbers_InvariantCultureWithoutThousands()
    {
        var config = WithEnviron(("INT", " 12 "), ("NEG", "-7"), ("FLOAT", "1e3"), ("DOT", "2.5"), ("THOUSANDS", "1,000"), ("BIG", "99999999999"));

        Assert.Equal(12, config.Get<int>("INT"));
        Assert.Equal(-7L, config.Get<long>("NEG"));
        Assert.Equal(1000.0, config.Get<double>("FLOAT"));
        Assert.Equal(2.5f, config.Get<float>("DOT"));
        Assert.Equal(2.5m, config.Get<decimal>("DOT"));
        Assert.Equal("Config 'THOUSANDS' has value '1,000'. Not a valid double.", Assert.Throws<FormatException>(() => config.Get<double>("THOUSANDS")).Message);
        var overflow = Assert.Throws<FormatException>(() => config.Get<int>("BIG"));
        Assert.Equal("Config 'BIG' has value '99999999999'. Not a valid int.", overflow.Message);
        Assert.IsType<OverflowException>(overflow.InnerException);
    }

    [Fact]
    public void GetParsable_AnyIParsableType()
    {
        var id = Guid.NewGuid();
        var config = WithEnviron(("ID", id.ToString()), ("TIMEOUT", "00:00:30"));

        Assert.Equal(id, config.Get<Guid>("ID"));
        Assert.Equal(TimeSpan.FromSeconds(30), config.Get<TimeSpan>("TIMEOUT"));
        Assert.Equal(TimeSpan.FromSeconds(5), config.Get("MISSING", TimeSpan.FromSeconds(5)));
        Assert.Equal(3, config.Get<int>("MISSING", 3));
        Assert.Equal("Config 'TIMEOUT' has value '00:00:30'. Not a valid Guid.", Assert.Throws<FormatException>(() => config.Get<Guid>("TIMEOUT")).Message);
    }

    [Fact]
    public void GetCast_FailureNamesTargetType_OtherExceptionsPropagate()
    {
        var config = WithEnviron(("COLOR", "purple"), ("PORT", "http"));

        Assert.Equal("Config 'COLOR' has value 'purple'. Not a valid ConsoleColor.", Assert.Throws<FormatException>(() => config.Get("COLOR", Enum.Parse<ConsoleColor>)).Message);
        Assert.Equal("Config 'PORT' has value 'http'. Not a valid int.", Assert.Throws<FormatException>(() => config.Get("PORT", CastToInt, 80)).Message);
        Assert.Equal("boom", Assert.Throws<InvalidOperationException>(() => config.Get<int>("PORT", _ => throw new InvalidOperationException("boom"))).Message);
        Assert.Equal("Config 'NOPE' is missing, and has no default.", Assert.Throws<KeyNotFoundException>(() => config.Get("NOPE", CastToInt)).Message);
    }

    [Fact]
    public void GetCommaSeparatedStrings_SplitsValueOrDefault()
    {
        var config = WithEnviron(("HOSTS", "localhost, '127.0.0.1', \"0.0.0.0\""), ("BAD", "'unclosed"));

        Assert.Equal(["localhost", "127.0.0.1", "0.0.0.0"], config.GetCommaSeparatedStrings("HOSTS"));
        Assert.Equal(["a", "b"], config.GetCommaSeparatedStrings("MISSING", "a,b")!);
        Assert.Null(config.GetCommaSeparatedStrings("MISSING", null));
        Assert.Equal("Config 'BAD' has value ''unclosed'. Not a valid CommaSeparatedStrings.", Assert.Throws<FormatException>(() => config.GetCommaSeparatedStrings("BAD")).Message);
    }

    [Fact]
    public void Constructor_NullArguments_Throw()
    {
        Assert.Throws<ArgumentNullException>(() => new Config((ConfigOptions)null!));
        Assert.Throws<ArgumentNullException>(() => new Config(new ConfigOptions { EnvPrefix = null! }));
        Assert.Throws<ArgumentNullException>(() => new Config(new ConfigOptions { Encoding = null! }));
        Assert.Throws<ArgumentNullException>(() => WithEnviron().Get(null!));
    }

    private static Config WithEnviron(params (string Key, string Value)[] variables) =>
        new(environmentVariables: variables.ToDictionary(v => v.Key, v => v.Value));

    public static TheoryData<Func<Config, object?>, string> CastFailures => new()
    {
        { c => c.Get<byte>("V"), "byte" },
        { c => c.Get<sbyte>("V"), "sbyte" },
        { c => c.Get<short>("V"), "short" },
        { c => c.Get<ushort>("V"), "ushort" },
        { c => c.Get<uint>("V"), "uint" },
        { c => c.Get<long>("V"), "long" },
        { c => c.Get<ulong>("V"), "ulong" },
        { c => c.Get<float>("V"), "float" },
        { c => c.Get<decimal>("V"), "decimal" },
        { c => c.Get<char>("V"), "char" },
        { c => c.Get("V", bool.Parse), "bool" },
        { c => c.Get<string>("V", value => throw new FormatException(value)), "string" },
    };

    [Theory]
    [MemberData(nameof(CastFailures))]
    public void Get_ValueNotOfTheType_NamesTheTypeByItsCSharpKeyword(Func<Config, object?> get, string keyword)
    {
        var config = new Config(environmentVariables: new Dictionary<string, string> { ["V"] = "xyz" });

        var error = Assert.Throws<FormatException>(() => get(config));

        Assert.Equal($"Config 'V' has value 'xyz'. Not a valid {keyword}.", error.Message);
    }
}


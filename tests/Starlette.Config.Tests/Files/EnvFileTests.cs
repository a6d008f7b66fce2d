using System.Diagnostics;
using System.Text;

namespace Starlette.Configuration.Tests.Files;

public sealed class EnvFileTests
{
    private static readonly Dictionary<string, string> NoEnviron = [];

    [Fact]
    public void Constructor_MissingFile_Warns()
    {
        using var tmp = new TempDirectory();
        var path = tmp.Combine(".env");
        var warnings = new List<string>();

        var config = new Config(new ConfigOptions { EnvFile = path, EnvironmentVariables = NoEnviron, OnWarning = warnings.Add });

        Assert.Equal([$"Config file '{path}' not found."], warnings);
        Assert.Empty(config.FileValues);
    } // upstream test_missing_env_file_raises

    [Fact]
    public void Constructor_MissingFileWithoutCallback_WarnsThroughTrace()
    {
        using var tmp = new TempDirectory();
        var path = tmp.Combine("absent.env");
        using var listener = new RecordingListener();
        Trace.Listeners.Add(listener);
        try
        {
            _ = new Config(path, NoEnviron);
        }
        finally
        {
            Trace.Listeners.Remove(listener);
        }

        Assert.Contains(listener.Messages, message => message.Contains($"Config file '{path}' not found.", StringComparison.Ordinal));
    }

    [Fact]
    public void Constructor_DirectoryInsteadOfFile_Warns()
    {
        using var tmp = new TempDirectory();
        var warnings = new List<string>();

        _ = new Config(new ConfigOptions { EnvFile = tmp.Path, EnvironmentVariables = NoEnviron, OnWarning = warnings.Add });

        Assert.Equal([$"Config file '{tmp.Path}' not found."], warnings);
    }

    [Fact]
    public void Constructor_Encoding_DecodesFile()
    {
        using var tmp = new TempDirectory();
        var path = tmp.Write(".env", "MESSAGE=Hello 世界\n", Encoding.UTF8);

        var config = new Config(path, NoEnviron, encoding: Encoding.UTF8);

        Assert.Equal("Hello 世界", config.Get("MESSAGE"));
    } // upstream test_config_with_encoding

    [Fact]
    public void Constructor_Latin1Encoding_DecodesFile()
    {
        using var tmp = new TempDirectory();
        var path = tmp.Write(".env", "MESSAGE=café\n", Encoding.Latin1);

        Assert.Equal("café", new Config(path, NoEnviron, encoding: Encoding.Latin1).Get("MESSAGE"));
        Assert.Equal(
            $"Config file '{path}' is not valid utf-8 text (near line 1).",
            Assert.Throws<FormatException>(() => new Config(path, NoEnviron)).Message);
    }

    [Fact]
    public void Read_UpstreamLineRules()
    {
        using var tmp = new TempDirectory();
        var path = tmp.Write(".env", string.Join('\n',
            "# comment=not a value",
            "   # indented comment=also not",
            "no equals sign here",
            "  SPACED   =   padded value  ",
            "QUOTED=\"double quoted\"",
            "SINGLE='single'",
            "MIXED=\"'both'\"",
            "INNER=a \"quoted\" word",
            "EQUALS=a=b=c",
            "EMPTY=",
            "DUP=first",
            "DUP=second",
            "KEY WITH SPACE=kept",
            "INLINE=value # not a comment",
            "WINDOWS=crlf\r",
            ""));

        var values = new Config(path, NoEnviron).FileValues;

        Assert.Equal(new Dictionary<string, string>
        {
            ["SPACED"] = "padded value",
            ["QUOTED"] = "double quoted",
            ["SINGLE"] = "single",
            ["MIXED"] = "both",
            ["INNER"] = "a \"quoted\" word",
            ["EQUALS"] = "a=b=c",
            ["EMPTY"] = "",
            ["DUP"] = "second",
            ["KEY WITH SPACE"] = "kept",
            ["INLINE"] = "value # not a comment",
            ["WINDOWS"] = "crlf",
        }, values);
    }

    [Fact]
    public void Read_ByteOrderMark_Skipped()
    {
        using var tmp = new TempDirectory();
        var path = tmp.Write(".env", "FIRST=1\n", new UTF8Encoding(encoderShouldEmitUTF8Identifier: true));

        Assert.Equal(["FIRST"], new Config(path, NoEnviron).FileValues.Keys);
    }

    [Theory]
    [InlineData("=value", 3)]
    [InlineData("  = spaced", 3)]
    public void Read_EmptyName_ErrorWithFileAndLine(string line, int number)
    {
        using var tmp = new TempDirectory();
        var path = tmp.Write(".env", $"A=1\n# fine\n{line}\nB=2\n");

        var error = Assert.Throws<FormatException>(() => new Config(path, NoEnviron));

        Assert.Equal($"Config file '{path}', line {number}: '{line.Trim()}' has no name before '='.", error.Message);
    }

    private sealed class RecordingListener : TraceListener
    {
        private readonly List<string> _messages = [];

        public IReadOnlyList<string> Messages
        {
            get
            {
                lock (_messages) return [.. _messages];
            }
        }

        public override void Write(string? message) => Record(message);

        public override void WriteLine(string? message) => Record(message);

        private void Record(string? message)
        {
            lock (_messages) _messages.Add(message ?? "");
        }
    }
}

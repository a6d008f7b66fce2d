using System.Diagnostics;

namespace Starlette.Repository.Tests;

/// <summary>Runs a command and returns its output, failing the test with that output when it exits non-zero.</summary>
internal static class ProcessRunner
{
    public static (int ExitCode, string Output) Run(string workingDirectory, string fileName, params string[] arguments)
    {
        var info = new ProcessStartInfo(fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        // A test's dotnet must not inherit the test host's MSBuild state.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "VSTEST_HOST_DEBUG" })
            info.Environment.Remove(name);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";

        using var process = Process.Start(info)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }

    public static string Check(string workingDirectory, string fileName, params string[] arguments)
    {
        var (exitCode, output) = Run(workingDirectory, fileName, arguments);
        Assert.True(exitCode == 0, $"'{fileName} {string.Join(' ', arguments)}' exited with {exitCode}:\n{output}");
        return output;
    }
}

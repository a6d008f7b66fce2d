using System.Diagnostics;

namespace Starlette.Testing.Support.External;

/// <summary>
/// Front-end assets from the npm registry (swagger-ui-dist, graphiql, ...), installed by the test setup into
/// <c>artifacts/npm/</c> on first use and reused after that; nothing is committed. A missing <c>npm</c> skips the
/// test (a failure under <c>CI=true</c>).
/// </summary>
public static class NpmPackage
{
    private static readonly SemaphoreSlim Gate = new(1, 1);

    /// <summary>Installs <paramref name="name"/>@<paramref name="version"/> (and its dependencies) once.</summary>
    /// <param name="name">The npm package, e.g. <c>swagger-ui-dist</c>.</param>
    /// <param name="version">The exact version, e.g. <c>5.17.14</c>.</param>
    /// <param name="alsoInstall">More packages (<c>name@version</c>) to install next to it, e.g. a peer dependency.</param>
    /// <returns>The installed package's folder (<c>.../node_modules/&lt;name&gt;</c>).</returns>
    public static async Task<string> InstallAsync(string name, string version, params string[] alsoInstall)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        ArgumentException.ThrowIfNullOrEmpty(version);
        var npm = RequiredTool.Find("npm", "npm");
        var folderName = string.Join('+', new[] { $"{name}@{version}" }.Concat(alsoInstall)).Replace('/', '_');
        var prefix = RepositoryPaths.Artifacts(Path.Combine("npm", folderName));
        var installed = Path.Combine(prefix, "node_modules", name);
        var marker = Path.Combine(prefix, ".installed");
        await Gate.WaitAsync();
        try
        {
            await using var crossProcess = await LockFile.AcquireAsync(Path.Combine(prefix, ".lock"));
            if (File.Exists(marker)) return installed;
            string[] arguments = ["install", "--prefix", prefix, "--no-audit", "--no-fund", "--no-package-lock", "--loglevel=error", $"{name}@{version}", .. alsoInstall];
            var (exitCode, output) = await RunAsync(npm, arguments);
            if (exitCode != 0 || !Directory.Exists(installed))
            {
                throw new InvalidOperationException($"npm install {name}@{version} failed (exit {exitCode}):\n{output}");
            }

            await File.WriteAllTextAsync(marker, DateTimeOffset.UtcNow.ToString("O"));
            return installed;
        }
        finally
        {
            Gate.Release();
        }
    }

    private static async Task<(int ExitCode, string Output)> RunAsync(string file, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start '{file}'.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(5));
        await process.WaitForExitAsync(timeout.Token);
        return (process.ExitCode, await stdout + await stderr);
    }
}

#nullable enable
// Computes a package version from git tags by MinVer's rules. Compiled by MSBuild's
// RoslynCodeTaskFactory (see Versioning.targets); no package is needed to build it.
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

public sealed class StarletteComputeGitVersion : Task
{
    private static readonly Regex SemVer = new Regex(
        @"^(?<major>0|[1-9]\d*)\.(?<minor>0|[1-9]\d*)\.(?<patch>0|[1-9]\d*)" +
        @"(?:-(?<pre>[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+(?<meta>[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$",
        RegexOptions.CultureInvariant);

    [Required] public string TagPrefix { get; set; } = "";
    [Required] public string WorkingDirectory { get; set; } = "";
    [Required] public string DefaultPreRelease { get; set; } = "";
    [Output] public string Version { get; set; } = "";
    [Output] public string Height { get; set; } = "";

    public override bool Execute()
    {
        string? inside = Git("rev-parse --is-inside-work-tree");
        string? head = inside == "true" ? Git("rev-parse --verify --quiet HEAD") : null;
        if (head == null)
        {
            Log.LogMessage(MessageImportance.Normal, $"No git commit found in '{WorkingDirectory}': using 0.0.0-{DefaultPreRelease}.");
            Version = "0.0.0-" + DefaultPreRelease;
            Height = "0";
            return true;
        }

        var best = default(Match);
        string? bestTag = null;
        foreach (string tag in Lines(Git($"tag --merged HEAD --list \"{TagPrefix}*\"")))
        {
            Match m = SemVer.Match(tag.Substring(TagPrefix.Length));
            if (m.Success && (best == null || Compare(m, best) > 0))
            {
                best = m;
                bestTag = tag;
            }
        }

        if (best == null || bestTag == null)
        {
            int rootHeight = int.Parse(Git("rev-list --count HEAD") ?? "1") - 1;
            Height = rootHeight.ToString();
            Version = WithHeight("0.0.0-" + DefaultPreRelease, rootHeight);
            return true;
        }

        int height = int.Parse(Git($"rev-list --count \"refs/tags/{bestTag}..HEAD\"") ?? "0");
        Height = height.ToString();
        string core = $"{best.Groups["major"].Value}.{best.Groups["minor"].Value}.{best.Groups["patch"].Value}";
        if (height == 0)
        {
            Version = best.Groups["pre"].Success ? core + "-" + best.Groups["pre"].Value : core;
        }
        else if (best.Groups["pre"].Success)
        {
            Version = $"{core}-{best.Groups["pre"].Value}.{height}";
        }
        else
        {
            string next = $"{best.Groups["major"].Value}.{best.Groups["minor"].Value}.{long.Parse(best.Groups["patch"].Value) + 1}";
            Version = WithHeight(next + "-" + DefaultPreRelease, height);
        }

        return true;
    }

    private static string WithHeight(string version, int height) => height == 0 ? version : $"{version}.{height}";

    // SemVer 2.0 precedence: numeric core, then a release above any pre-release, then identifiers in order.
    private static int Compare(Match a, Match b)
    {
        foreach (string part in new[] { "major", "minor", "patch" })
        {
            int c = long.Parse(a.Groups[part].Value).CompareTo(long.Parse(b.Groups[part].Value));
            if (c != 0) return c;
        }

        bool aPre = a.Groups["pre"].Success, bPre = b.Groups["pre"].Success;
        if (!aPre || !bPre) return aPre == bPre ? 0 : aPre ? -1 : 1;

        string[] x = a.Groups["pre"].Value.Split('.'), y = b.Groups["pre"].Value.Split('.');
        for (int i = 0; i < Math.Min(x.Length, y.Length); i++)
        {
            bool xNum = long.TryParse(x[i], out long xn), yNum = long.TryParse(y[i], out long yn);
            int c = xNum && yNum ? xn.CompareTo(yn)
                : xNum ? -1
                : yNum ? 1
                : string.CompareOrdinal(x[i], y[i]);
            if (c != 0) return c;
        }

        return x.Length.CompareTo(y.Length);
    }

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0);

    private string? Git(string arguments)
    {
        var info = new ProcessStartInfo("git", arguments)
        {
            WorkingDirectory = WorkingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        try
        {
            using Process process = Process.Start(info)!;
            string output = process.StandardOutput.ReadToEnd();
            process.StandardError.ReadToEnd();
            process.WaitForExit();
            return process.ExitCode == 0 ? output.Trim() : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            Log.LogWarning("git was not found on PATH: package versions fall back to 0.0.0-" + DefaultPreRelease + ".");
            return null;
        }
    }
}

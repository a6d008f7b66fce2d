namespace Starlette.Tools.DependencyCheck;

/// <summary>
/// Checks every package under packages/ against the dependency table: only allowed siblings, third-party packages
/// and frameworks; nothing at all for Starlette.Types; ASP.NET Core only for Starlette.Hosting.Kestrel; no cycles.
/// </summary>
public static class DependencyChecker
{
    /// <summary>Returns one line per violation; empty when the repository follows the rules.</summary>
    /// <param name="repoRoot">The repository's root folder.</param>
    public static IReadOnlyList<string> Check(string repoRoot)
    {
        var rulesFile = Path.Combine(repoRoot, "tools", "dependency-rules.json");
        var rules = DependencyRules.Load(rulesFile);
        var buildOnly = DependencyRules.LoadBuildOnly(rulesFile);
        var packagesDir = Path.Combine(repoRoot, "packages");
        var violations = new List<string>();

        foreach (var shared in Directory.GetFiles(packagesDir, "Directory.Build.*"))
        {
            var refs = ProjectReferences.Read(shared);
            foreach (var name in refs.Packages.Concat(refs.Frameworks).Concat(refs.Projects))
                violations.Add($"{Relative(repoRoot, shared)}: '{name}' would reach every package; reference it from the package that needs it.");
            BuildOnly(refs, buildOnly, Relative(repoRoot, shared), violations);
        }

        var graph = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var project in Directory.GetFiles(packagesDir, "*.csproj", SearchOption.AllDirectories).Where(p => IsPackageProject(packagesDir, p)).Order(StringComparer.Ordinal))
        {
            var refs = ProjectReferences.Read(project);
            var package = Path.GetFileNameWithoutExtension(project);
            var where = Relative(repoRoot, project);
            graph[package] = refs.Projects;

            if (!rules.TryGetValue(package, out var rule))
            {
                violations.Add($"{where}: package '{package}' is not in tools/dependency-rules.json (add it with the table in docs/ARCHITECTURE.md).");
                continue;
            }

            if (refs.Sdk is { } sdk && !sdk.Equals("Microsoft.NET.Sdk", StringComparison.OrdinalIgnoreCase))
                violations.Add($"{where}: SDK '{sdk}' is not allowed; packages use Microsoft.NET.Sdk (ASP.NET Core comes only as a FrameworkReference of Starlette.Hosting.Kestrel).");

            Disallowed(refs.Projects, rule.Projects, where, package, "package", violations);
            Disallowed(refs.Packages, rule.Packages, where, package, "third-party package", violations);
            Disallowed(refs.Frameworks, rule.Frameworks, where, package, "framework", violations);
            BuildOnly(refs, buildOnly, where, violations);
        }

        violations.AddRange(Cycles(graph));
        return violations;
    }

    private static void Disallowed(
        IEnumerable<string> references, IReadOnlySet<string> allowed, string where, string package, string kind, List<string> violations)
    {
        foreach (var name in references.Where(name => !allowed.Contains(name)))
        {
            var why = name.StartsWith("Microsoft.AspNetCore", StringComparison.OrdinalIgnoreCase)
                ? "only Starlette.Hosting.Kestrel may touch ASP.NET Core"
                : allowed.Count == 0 ? $"{package} may reference no {kind}" : $"allowed: {string.Join(", ", allowed.Order())}";
            violations.Add($"{where}: {package} references {kind} '{name}', which the dependency table does not allow ({why}).");
        }
    }

    private static void BuildOnly(ProjectReferences refs, IReadOnlySet<string> allowed, string where, List<string> violations)
    {
        foreach (var name in refs.BuildPackages.Where(name => !allowed.Contains(name)))
            violations.Add($"{where}: build-only package '{name}' is not in the \"build\" list of tools/dependency-rules.json (allowed: {string.Join(", ", allowed.Order())}).");
    }

    // packages/<Id>/<Id>.csproj; a template package's content (packages/Starlette.Templates/content/...) is not a package.
    private static bool IsPackageProject(string packagesDir, string path) =>
        Path.GetRelativePath(packagesDir, path).Replace('\\', '/').Split('/').Length == 2;

    private static IEnumerable<string> Cycles(Dictionary<string, IReadOnlyList<string>> graph)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        var path = new List<string>();
        foreach (var start in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start) is { } cycle)
                yield return $"dependency cycle: {cycle}";
        }

        string? Visit(string node)
        {
            var at = path.IndexOf(node);
            if (at >= 0) return string.Join(" -> ", path.Skip(at).Append(node));
            if (!done.Add(node)) return null;
            path.Add(node);
            foreach (var next in graph.GetValueOrDefault(node, []))
            {
                if (Visit(next) is { } cycle) return cycle;
            }

            path.RemoveAt(path.Count - 1);
            return null;
        }
    }

    private static string Relative(string root, string path) => Path.GetRelativePath(root, path).Replace('\\', '/');
}

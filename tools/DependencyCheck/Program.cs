using Starlette.Tools.DependencyCheck;

// Usage: dotnet run --project tools/DependencyCheck [-- <repo root>]
var root = args.Length > 0 ? args[0] : FindRoot(Directory.GetCurrentDirectory());
var violations = DependencyChecker.Check(root);
foreach (var violation in violations)
    Console.Error.WriteLine($"error: {violation}");

Console.WriteLine(violations.Count == 0
    ? "Dependency rules: every package follows tools/dependency-rules.json."
    : $"Dependency rules: {violations.Count} violation(s).");
return violations.Count == 0 ? 0 : 1;

static string FindRoot(string dir) =>
    File.Exists(Path.Combine(dir, "Starlette.Packages.sln")) ? dir
    : Directory.GetParent(dir) is { } parent ? FindRoot(parent.FullName)
    : throw new InvalidOperationException("Run inside the repository or pass its root folder.");

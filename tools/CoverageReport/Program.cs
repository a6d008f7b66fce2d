using Starlette.Tools.Coverage;

// Usage: dotnet run --project tools/CoverageReport -- <directory of coverage.cobertura.xml files> [repository root]
if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: CoverageReport <results directory> [repository root]");
    return 2;
}

var root = args.Length == 2 ? args[1] : FindRoot(Directory.GetCurrentDirectory());
var reports = Directory.Exists(args[0]) ? Directory.GetFiles(args[0], "coverage.cobertura.xml", SearchOption.AllDirectories) : [];
if (reports.Length == 0)
{
    Console.Error.WriteLine($"error: no coverage.cobertura.xml under '{args[0]}': was the test run collecting coverage?");
    return 1;
}

// Every package that ships an assembly (a template package, IncludeBuildOutput=false, has no code of its own).
var packages = Directory.GetDirectories(Path.Combine(root, "packages"))
    .Select(dir => (Name: Path.GetFileName(dir), Project: Path.Combine(dir, Path.GetFileName(dir) + ".csproj")))
    .Where(p => p.Name.StartsWith("Starlette", StringComparison.Ordinal) && File.Exists(p.Project)
        && !File.ReadAllText(p.Project).Contains("<IncludeBuildOutput>false</IncludeBuildOutput>", StringComparison.Ordinal))
    .Select(p => p.Name).ToHashSet();
var coverage = CoberturaMerge.Merge(reports, packages);
var minimums = Minimums.Read(Path.Combine(root, "tools", "coverage-minimums.json"));
return CoverageTable.Print(coverage, minimums, packages, Console.Out);

static string FindRoot(string dir) =>
    File.Exists(Path.Combine(dir, "Starlette.Packages.sln")) ? dir
    : Path.GetDirectoryName(dir) is { } parent ? FindRoot(parent)
    : throw new InvalidOperationException("Not inside the repository (no Starlette.Packages.sln above the current directory).");

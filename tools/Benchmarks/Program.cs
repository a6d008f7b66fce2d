using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Starlette.Benchmarks.Fanout;

// --fanout: Starlette.Broadcast's publish-to-delivery fan-out, measured directly (not BenchmarkDotNet); see README.md.
if (args.Contains("--fanout")) return await FanoutMode.RunAsync(FanoutSettings.Parse(args));

// --smoke: every benchmark once, in process, no statistics: proves they compile and run (used by CI); then the
// fan-out mode on the memory backend with tiny counts.
var smoke = args.Contains("--smoke");
var config = smoke
    ? ManualConfig.CreateMinimumViable()
        .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .WithOptions(ConfigOptions.DisableOptimizationsValidator)
    : DefaultConfig.Instance.AddDiagnoser(MemoryDiagnoser.Default);
var switcherArgs = smoke ? ["--filter", "*"] : args;
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(switcherArgs, config);

// A benchmark that throws (in its setup or while running) only shows as NA in the table: fail the process so CI
// and tools/bench/run.sh notice.
var failed = summaries
    .SelectMany(s => s.BenchmarksCases.Where(c => s.Reports.FirstOrDefault(r => r.BenchmarkCase == c) is not { Success: true }))
    .Select(c => c.DisplayInfo)
    .ToList();
foreach (var name in failed) Console.Error.WriteLine($"error: benchmark failed: {name}");
var fanout = smoke ? await FanoutMode.RunAsync(FanoutSettings.Smoke) : 0;
return failed.Count == 0 && fanout == 0 ? 0 : 1;

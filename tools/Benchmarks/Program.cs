using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

// --smoke: every benchmark once, in process, no statistics: proves they compile and run (used by CI).
var smoke = args.Contains("--smoke");
var config = smoke
    ? ManualConfig.CreateMinimumViable()
        .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance))
        .AddDiagnoser(MemoryDiagnoser.Default)
        .WithOptions(ConfigOptions.DisableOptimizationsValidator)
    : DefaultConfig.Instance.AddDiagnoser(MemoryDiagnoser.Default);
var switcherArgs = smoke ? ["--filter", "*"] : args;
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(switcherArgs, config);

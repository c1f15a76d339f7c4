// Provides the benchmark entry point: runs the benchmarks chosen on the command line (e.g. --filter *Serializer* --job dry).
using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

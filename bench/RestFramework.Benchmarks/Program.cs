// Runs the benchmarks: dotnet run -c Release --project bench/RestFramework.Benchmarks -- --filter '*'
using BenchmarkDotNet.Running;
using RestFramework.Benchmarks.Views;

if (args is ["probe", ..])
{
    await PipelineProbe.RunAsync(args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 200_000);
    return;
}
if (args is ["serve", var url, ..])
{
    await PipelineServer.RunAsync(url);
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

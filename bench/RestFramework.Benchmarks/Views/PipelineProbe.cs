// Provides a quick loop over the pipeline benchmark for profiling (dotnet run -c Release -- probe).
using System.Diagnostics;

namespace RestFramework.Benchmarks.Views;

/// <summary>Runs each side of <see cref="PipelineBenchmarks"/> in a plain loop and prints the time per call.</summary>
internal static class PipelineProbe
{
    public static async Task RunAsync(int iterations)
    {
        var bench = new PipelineBenchmarks();
        bench.Setup();
        for (var round = 0; round < 3; round++)
        {
            var minimal = await TimeAsync(bench.MinimalApi, iterations);
            var view = await TimeAsync(bench.ApiView, iterations);
            Console.WriteLine($"minimal {minimal:F0} ns, view {view:F0} ns, ratio {view / minimal:F2}");
        }
    }

    private static async Task<double> TimeAsync(Func<Task> action, int iterations)
    {
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < iterations; i++)
        {
            await action();
        }
        return watch.Elapsed.TotalNanoseconds / iterations;
    }
}

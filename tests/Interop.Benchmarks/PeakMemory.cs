using System.Diagnostics;
using Interop.Fhir.Serialization.Json;

namespace Interop.Benchmarks;

/// <summary>
/// Measures the peak managed heap while parsing the 35 MB bundle: a sampler thread records the largest
/// GC.GetTotalMemory seen, so the figure includes the input bytes, the model and any garbage not yet collected.
/// </summary>
internal static class PeakMemory
{
    public static void Run()
    {
        var parser = new FhirJsonParser(Interop.Fhir.R4.FhirModel.Instance);
        parser.Parse("""{"resourceType":"Patient"}"""u8); // load the model's metadata outside the measurement
        var baseline = GC.GetTotalMemory(forceFullCollection: true);
        var input = Corpus.ResourcesBundle();
        long peak = 0;
        using var done = new ManualResetEventSlim();
        var sampler = new Thread(() =>
        {
            while (!done.IsSet)
            {
                peak = Math.Max(peak, GC.GetTotalMemory(false));
                Thread.Sleep(1);
            }
        });
        sampler.Start();
        var clock = Stopwatch.StartNew();
        // The copying overload, the worst case: the parser's own copy of the input is part of the peak.
        var result = parser.Parse(input.AsSpan());
        clock.Stop();
        done.Set();
        sampler.Join();
        var retained = GC.GetTotalMemory(forceFullCollection: true) - baseline;
        GC.KeepAlive(result);
        var size = (double)input.Length;
        Console.WriteLine($"input: {size / 1e6:F1} MB, parse: {clock.ElapsedMilliseconds} ms");
        Console.WriteLine($"peak managed heap during parse (input included): {(peak - baseline) / 1e6:F1} MB = {(peak - baseline) / size:F2}x the input");
        Console.WriteLine($"retained after parse (input + model): {retained / 1e6:F1} MB = {retained / size:F2}x the input");
    }
}

using BenchmarkDotNet.Running;
using Interop.Benchmarks;

if (args is ["peak-memory"])
{
    PeakMemory.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Corpus).Assembly).Run(args);

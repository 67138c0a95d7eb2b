using BenchmarkDotNet.Running;
using Interop.Benchmarks;
using Interop.Benchmarks.ConsoleStore;
using Interop.Benchmarks.FhirPath;

if (args is ["peak-memory"])
{
    PeakMemory.Run();
    return;
}

// Seeds the console benchmarks' million-message store (minutes) unless it is already there.
if (args is ["seed-store"])
{
    SeededStore.Ensure();
    return;
}

// scripts/bench-fhirpath.sh: export the cases, run fhirpath.js on them, then compare.
if (args is ["fhirpath-export"])
{
    BenchExport.Run();
    return;
}

if (args is ["fhirpath-compare"])
{
    FhirPathComparison.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Corpus).Assembly).Run(args);

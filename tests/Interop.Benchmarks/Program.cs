using BenchmarkDotNet.Running;
using Interop.Benchmarks;
using Interop.Benchmarks.FhirPath;

if (args is ["peak-memory"])
{
    PeakMemory.Run();
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

using Interop.Fhir.Validation.Packages;
using Interop.Testing;

namespace Interop.Fhir.Validation.Tests.Packages;

/// <summary>Stores shared by the tests: loading the core package takes a moment, and a store is built to be shared.</summary>
internal static class Stores
{
    private static readonly Lazy<ConformanceStore> LazyR4Core = new(() =>
        ConformanceStore.Load(Interop.Fhir.R4.FhirModel.Instance, [CorePackages.Folder(Interop.Fhir.R4.FhirModel.Instance)]));

    private static readonly Lazy<ConformanceStore> LazyUkCore = new(() =>
        ConformanceStore.Load(Interop.Fhir.R4.FhirModel.Instance, [CorePackages.Folder(Interop.Fhir.R4.FhirModel.Instance), UkCoreFolder]));

    private static readonly Lazy<ConformanceStore> LazyItk3 = new(() =>
        ConformanceStore.Load(Interop.Fhir.Stu3.FhirModel.Instance, [CorePackages.Folder(Interop.Fhir.Stu3.FhirModel.Instance), Itk3Folder]));

    /// <summary>The UK Core R4 package folder (XML, differential-only profiles).</summary>
    public static string UkCoreFolder => SharedFiles.Path("nhs", "ukcore-r4");

    /// <summary>The GP Connect Update Record STU3 conformance folder (ITK3 and CareConnect definitions, with snapshots).</summary>
    public static string Itk3Folder => SharedFiles.Path("nhs", "gpconnect-update-record-stu3", "conformance");

    /// <summary>Core R4 only.</summary>
    public static ConformanceStore R4Core => LazyR4Core.Value;

    /// <summary>Core R4 and UK Core.</summary>
    public static ConformanceStore UkCore => LazyUkCore.Value;

    /// <summary>Core STU3 and the Update Record's ITK3/CareConnect definitions.</summary>
    public static ConformanceStore Itk3 => LazyItk3.Value;
}

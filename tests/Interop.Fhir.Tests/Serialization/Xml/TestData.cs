using Interop.Engine.Local;
using Interop.Cli.Conformance;
using Interop.Fhir.Introspection;

namespace Interop.Fhir.Tests.Serialization.Xml;

/// <summary>Finds the hand-written samples and the shared NHS and HL7 files from the test's output folder.</summary>
internal static class TestData
{
    public static string Root { get; } = RepositoryRoot.FindFrom(AppContext.BaseDirectory)
        ?? throw new InvalidOperationException("Interop.sln not found above the test folder.");

    /// <summary>The read-only data beside the repository.</summary>
    public static string Shared { get; } = Path.GetFullPath(Path.Combine(Root, "..", "shared"));

    public static string GpConnectExamples { get; } = Path.Combine(Shared, "nhs", "gpconnect-update-record-stu3", "examples");

    public static string UkCoreExamples { get; } = Path.Combine(Shared, "nhs", "ukcore-r4", "examples");

    public static string Hl7TestCases { get; } = Path.Combine(Shared, "fhir-test-cases", "r4");

    public static string Samples { get; } = Path.Combine(Root, "tests", "Interop.Fhir.Tests", "Serialization", "Xml", "Samples");

    public static ModelInfo Model(string version) => version switch
    {
        "r4" => Interop.Fhir.R4.FhirModel.Instance,
        "stu3" => Interop.Fhir.Stu3.FhirModel.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(version)),
    };

    /// <summary>The names (not paths) of a folder's files, for readable test names.</summary>
    public static IEnumerable<string> FileNames(string folder, string pattern) =>
        Directory.GetFiles(folder, pattern).Select(Path.GetFileName).Order(StringComparer.Ordinal)!;
}

using Interop.Engine.Local;
using Interop.Fhir.Serialization.Xml;
using Interop.Testing;

namespace Interop.Fhir.FhirPath.Tests;

/// <summary>Parsed inputs the tests evaluate over, each read once.</summary>
internal static class TestResources
{
    private static readonly Lazy<Base> LazyMessage = new(() => ParseStu3(Path.Combine(
        RepositoryRoot.FindFrom(AppContext.BaseDirectory)!, "fixtures", "messages", "update-record", "pharmacy-first-9449305552.xml")));

    private static readonly Lazy<Base> LazyPatient = new(() => ParseR4(SharedFiles.Path("fhir-test-cases", "r4", "patient-example.xml")));

    /// <summary>An STU3 Update Record message Bundle (Pharmacy First, test patient 9449305552).</summary>
    public static Base UpdateRecordMessage => LazyMessage.Value;

    /// <summary>HL7's R4 example Patient the official suite uses.</summary>
    public static Base R4Patient => LazyPatient.Value;

    /// <summary>A compiler for the R4 model.</summary>
    public static FhirPathCompiler R4 { get; } = new(Interop.Fhir.R4.FhirModel.Instance);

    /// <summary>A compiler for the STU3 model.</summary>
    public static FhirPathCompiler Stu3 { get; } = new(Interop.Fhir.Stu3.FhirModel.Instance);

    private static Base ParseStu3(string path) =>
        new FhirXmlParser(Interop.Fhir.Stu3.FhirModel.Instance).Parse(File.ReadAllBytes(path)).Resource!;

    private static Base ParseR4(string path) =>
        new FhirXmlParser(Interop.Fhir.R4.FhirModel.Instance).Parse(File.ReadAllBytes(path)).Resource!;
}

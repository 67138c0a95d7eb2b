using System.Text;

namespace Interop.Testing;

/// <summary>
/// The GP Connect Update Record example <c>pharmacy-first-service--example-1.xml</c> (ITK014M, STU3 XML, from pharmacy
/// FQW30) made routable and valid: its NHS number, the examples' 4857773456 that fails its Modulus 11 check, becomes the
/// sample patient's, and its pharmacy's placeholder ODS code <c>A(*)</c> becomes FQW30.
/// </summary>
public static class UpdateRecordExample
{
    /// <summary>The MessageHeader.id of the example.</summary>
    public const string HeaderId = "108805b4-32df-464d-a0a6-11c37afd74f2";

    /// <summary>The ITK event code system the header must use.</summary>
    public const string EventSystem = "https://fhir.nhs.uk/STU3/CodeSystem/ITK-MessageEvent-2";

    /// <summary>The ITK3 and CareConnect conformance folder the example's profiles come from.</summary>
    public static string ConformanceFolder => SharedFiles.Path("nhs", "gpconnect-update-record-stu3", "conformance");

    /// <summary>The example as text, for the patient <paramref name="nhsNumber"/>.</summary>
    public static string Xml(string nhsNumber = "9449305552") =>
        File.ReadAllText(SharedFiles.Path("nhs", "gpconnect-update-record-stu3", "examples", "pharmacy-first-service--example-1.xml"))
            .Replace("4857773456", nhsNumber, StringComparison.Ordinal)
            .Replace("A(*)", "FQW30", StringComparison.Ordinal);

    /// <summary>The example's bytes after <paramref name="edit"/> (a fault injected, say).</summary>
    public static byte[] Bytes(Func<string, string>? edit = null) => Encoding.UTF8.GetBytes(edit is null ? Xml() : edit(Xml()));
}

namespace Interop.Cli.Tests;

/// <summary>Small resources the CLI tests convert.</summary>
internal static class Resources
{
    /// <summary>An R4 (and STU3) Patient with a decimal-free mix of primitives, a repeating element and a narrative.</summary>
    public const string PatientJson = """
        {
          "resourceType": "Patient",
          "id": "example",
          "text": {
            "status": "generated",
            "div": "<div xmlns=\"http://www.w3.org/1999/xhtml\"><p>Peter <b>Chalmers</b><br/>born 1974</p></div>"
          },
          "active": true,
          "name": [ { "use": "official", "family": "Chalmers", "given": [ "Peter", "James" ] } ],
          "birthDate": "1974-12-25"
        }
        """;

    /// <summary>A ProcedureRequest, a resource STU3 has and R4 does not (R4 renamed it ServiceRequest).</summary>
    public const string Stu3ProcedureRequestJson = """
        { "resourceType": "ProcedureRequest", "id": "pr1", "status": "active", "intent": "order", "subject": { "reference": "Patient/example" } }
        """;

    /// <summary>A ClinicalImpression valid in both versions, but with <c>context</c>, which R4 renamed <c>encounter</c>.</summary>
    public const string Stu3ClinicalImpressionJson = """
        { "resourceType": "ClinicalImpression", "status": "completed", "subject": { "reference": "Patient/example" }, "context": { "reference": "Encounter/e1" } }
        """;

    /// <summary>A resource type neither version has.</summary>
    public const string UnknownTypeJson = """{ "resourceType": "NoSuchResource", "id": "x" }""";

    /// <summary>A Patient with an element FHIR does not define, which a lenient parse drops with a warning.</summary>
    public const string PatientWithUnknownElementJson = """{ "resourceType": "Patient", "id": "lossy", "favouriteColour": "blue" }""";
}

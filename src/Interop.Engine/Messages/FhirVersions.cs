namespace Interop.Engine.Messages;

/// <summary>The FHIR versions and media types the engine speaks.</summary>
public static class FhirVersions
{
    /// <summary>FHIR R4 (4.0.1).</summary>
    public const string R4 = "R4";

    /// <summary>FHIR STU3 (3.0.2).</summary>
    public const string Stu3 = "STU3";

    /// <summary>FHIR JSON.</summary>
    public const string JsonMediaType = "application/fhir+json";

    /// <summary>FHIR XML.</summary>
    public const string XmlMediaType = "application/fhir+xml";

    /// <summary>The generated model of <paramref name="version"/>.</summary>
    public static Interop.Fhir.Introspection.ModelInfo Model(string version) => version switch
    {
        R4 => Interop.Fhir.R4.FhirModel.Instance,
        Stu3 => Interop.Fhir.Stu3.FhirModel.Instance,
        _ => throw new ArgumentOutOfRangeException(nameof(version), version, "Not a FHIR version the engine speaks."),
    };
}

using Interop.Fhir.Serialization;

namespace Interop.Engine.Validation;

/// <summary>How the validate step checks messages against FHIR profiles; bound from <c>Interop:Validation</c>.</summary>
public sealed class ValidationOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Interop:Validation";

    /// <summary>Whether messages are validated (default true); when false the validate step passes every message on to routing.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// The FHIR package cache holding the core packages (<c>hl7.fhir.r3.examples</c>, <c>hl7.fhir.r4.examples</c>); by default
    /// the <c>.cache/fhir</c> folder found above the working directory or the program. A relative path is relative to the working directory.
    /// </summary>
    public string? PackageCache { get; set; }

    /// <summary>What to load and apply for STU3 messages.</summary>
    public FhirVersionValidationOptions Stu3 { get; set; } = new();

    /// <summary>What to load and apply for R4 messages.</summary>
    public FhirVersionValidationOptions R4 { get; set; } = new();

    /// <summary>The severity of an NHS number that fails its Modulus 11 check (default error).</summary>
    public IssueSeverity NhsNumberSeverity { get; set; } = IssueSeverity.Error;

    /// <summary>The severity of an ODS code that is not in ODS format (default error).</summary>
    public IssueSeverity OdsCodeSeverity { get; set; } = IssueSeverity.Error;

    /// <summary>URL prefixes of extensions accepted without a loaded definition (default none).</summary>
    public List<string> AllowedExtensionDomains { get; set; } = [];

    /// <summary>The options of <paramref name="fhirVersion"/> (R4 or STU3).</summary>
    public FhirVersionValidationOptions For(string fhirVersion) => fhirVersion == Messages.FhirVersions.Stu3 ? Stu3 : R4;
}

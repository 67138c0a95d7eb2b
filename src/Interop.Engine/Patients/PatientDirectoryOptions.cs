namespace Interop.Engine.Patients;

/// <summary>Where the patient directory is; bound from <c>Interop:PatientDirectory</c>.</summary>
public sealed class PatientDirectoryOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Interop:PatientDirectory";

    /// <summary>The FHIR R4 base URL of a PDS-style directory (<c>GET {BaseUrl}/Patient/{nhsNumber}</c>); required.</summary>
    public Uri? BaseUrl { get; set; }

    /// <summary>How long one lookup may take (default 10 seconds).</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(10);
}

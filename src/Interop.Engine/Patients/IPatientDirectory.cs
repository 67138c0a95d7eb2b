namespace Interop.Engine.Patients;

/// <summary>Looks patients up by NHS number (PDS in the NHS); a failure to reach the directory throws so the step is retried.</summary>
public interface IPatientDirectory
{
    /// <summary>The patient's entry, or null when the directory does not know the NHS number.</summary>
    Task<PatientDirectoryEntry?> FindAsync(string nhsNumber, CancellationToken cancellationToken);
}

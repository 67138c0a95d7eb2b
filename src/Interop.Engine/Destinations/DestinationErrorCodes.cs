namespace Interop.Engine.Destinations;

/// <summary>Stable codes for destination directory configuration errors; every start-up failure message begins with one.</summary>
public static class DestinationErrorCodes
{
    /// <summary>A destination has no id, or an id with characters other than letters, digits, '-', '_' and '.'.</summary>
    public const string InvalidId = "DST001";

    /// <summary>Two destinations share an id (compared case-insensitively).</summary>
    public const string DuplicateId = "DST002";

    /// <summary>The URL is missing or not an absolute http or https URL.</summary>
    public const string InvalidUrl = "DST003";

    /// <summary>The FHIR version is neither R4 nor STU3.</summary>
    public const string UnknownFhirVersion = "DST004";

    /// <summary>The format is neither json nor xml.</summary>
    public const string UnknownFormat = "DST005";

    /// <summary>The kind is not one of the known kinds.</summary>
    public const string UnknownKind = "DST006";

    /// <summary>An ODS code is served by two destinations of the same kind, so routing to it would be ambiguous.</summary>
    public const string AmbiguousOdsCode = "DST007";

    /// <summary>The auth settings are incomplete or contradictory (unknown mode, bearer without exactly one token source).</summary>
    public const string InvalidAuth = "DST008";

    /// <summary>A timeout, retry or circuit breaker setting is out of its allowed range.</summary>
    public const string InvalidResilience = "DST009";

    /// <summary>An entry in the ODS code list is blank.</summary>
    public const string InvalidOdsCode = "DST010";
}

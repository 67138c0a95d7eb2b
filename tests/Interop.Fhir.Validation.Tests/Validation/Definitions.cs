using Interop.Fhir.Validation.Definitions;

namespace Interop.Fhir.Validation.Tests.Validation;

/// <summary>Small hand-written definitions for validator tests.</summary>
internal static class Definitions
{
    public const string PatientProfile = "https://example.org/StructureDefinition/TestPatient";

    public static ElementInfo Element(string id, int min = 0, int max = int.MaxValue, string? sliceName = null, params string[] types) => new()
    {
        Id = id,
        Path = string.Join('.', id.Split('.').Select(part => part.Split(':')[0])),
        SliceName = sliceName,
        Min = min,
        Max = max,
        Types = [.. types.Select(t => new TypeRefInfo(t, [], []))],
    };

    public static StructureDefinitionInfo Profile(string url, string type, params ElementInfo[] snapshot) => new()
    {
        Url = url,
        Name = url[(url.LastIndexOf('/') + 1)..],
        Type = type,
        Kind = "resource",
        BaseDefinition = "http://hl7.org/fhir/StructureDefinition/" + type,
        Derivation = "constraint",
        Snapshot = snapshot,
    };
}

using Interop.Fhir;
using Interop.Fhir.Serialization.Json;
using R4 = Interop.Fhir.R4;

namespace Interop.Functions.Fhir;

/// <summary>
/// OperationOutcome is the same in STU3 and R4, so the host builds every outcome once, in R4, and reads it into STU3
/// when that is the version of the request.
/// </summary>
internal static class OutcomeVersions
{
    private static readonly FhirJsonSerializer Json = new();
    private static readonly FhirJsonParser Stu3Parser = new(Interop.Fhir.Stu3.FhirModel.Instance);

    /// <summary>The outcome in <paramref name="release"/>.</summary>
    public static Base In(FhirRelease release, R4.OperationOutcome outcome) =>
        release == FhirRelease.Stu3 ? Stu3Parser.Parse(Json.SerializeToUtf8Bytes(outcome)).Resource! : outcome;
}

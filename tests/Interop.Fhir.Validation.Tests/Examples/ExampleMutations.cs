using Interop.Fhir.Validation.Validation;
using R4 = Interop.Fhir.R4;
using Stu3 = Interop.Fhir.Stu3;

namespace Interop.Fhir.Validation.Tests.Examples;

/// <summary>Valid UK Core and Update Record examples with one rule broken at a time, by name.</summary>
internal static class ExampleMutations
{
    private const string BodyWeight = "UKCore-Observation-VitalSigns-BodyWeight-Example.xml";
    private const string Patient = "UKCore-Patient-RichardSmith-Example.xml";
    private const string BloodPressure = "Extension-UKCore-RecordingSetting-Example.xml";
    private const string AverageBloodPressure = "https://fhir.hl7.org.uk/StructureDefinition/UKCore-Observation-AverageBloodPressure";
    private const string Message = "blood-pressure-check-service--example-1.xml";
    private const string Header = "Bundle.entry[0].resource";

    /// <summary>The mutations, by name.</summary>
    public static IReadOnlyDictionary<string, ExampleMutation> ByName { get; } = new ExampleMutation[]
    {
        UkCore("vital sign without its mandatory subject", BodyWeight, r => Observation(r).Subject = null,
            ValidationCodes.TooFew, "Observation.subject"),
        UkCore("vital sign amended where final is fixed", BodyWeight, r => Observation(r).Status = new R4.Code("amended"),
            ValidationCodes.FixedMismatch, "Observation.status"),
        UkCore("body weight in pounds where kilogram is fixed", BodyWeight, r => ((R4.Quantity)Observation(r).Value!).Unit = new R4.FhirString("pound"),
            ValidationCodes.FixedMismatch, "Observation.value.unit"),
        UkCore("gender outside its required value set", Patient, r => ((R4.Patient)r).Gender = new R4.Code("man"),
            ValidationCodes.CodeNotInRequiredValueSet, "Patient.gender"),
        UkCore("NHS number with a wrong check digit", Patient, r => ((R4.Patient)r).Identifier[0].Value = new R4.FhirString("9912003889"),
            ValidationCodes.NhsNumberCheckDigit, "Patient.identifier[0].value"),
        UkCore("subject referring to a Medication", BodyWeight, r => Observation(r).Subject = new R4.Reference { ReferenceElement = new R4.FhirString("Medication/1") },
            ValidationCodes.ReferenceTargetType, "Observation.subject"),
        UkCore("blood pressure component in none of the closed slices", BloodPressure,
            r => Observation(r).Component[1].Code!.Text = new R4.FhirString("Mean blood pressure"),
            ValidationCodes.NoMatchingSlice, "Observation.component[1]", AverageBloodPressure),
        UpdateRecord("message header without its ITK message handling extension", r => MessageHeader(r).Extension.Clear(),
            ValidationCodes.TooFew, $"{Header}.extension:ITKMessageHandling"),
        UpdateRecord("message event from another code system than the fixed one", r => MessageHeader(r).Event!.System = new Stu3.FhirUri("https://example.org/events"),
            ValidationCodes.FixedMismatch, $"{Header}.event.system"),
        UpdateRecord("observation status outside its required value set", r => ((Stu3.Observation)Document(r).Entry[6].Resource!).Status = new Stu3.Code("done"),
            ValidationCodes.CodeNotInRequiredValueSet, "Bundle.entry[2].resource.entry[6].resource.status"),
        UpdateRecord("message focus resolving to no entry",
            r => MessageHeader(r).Focus[0].ReferenceElement = new Stu3.FhirString("urn:uuid:00000000-0000-4000-8000-000000000000"),
            ValidationCodes.UnresolvedReference, $"{Header}.focus[0]"),
        UpdateRecord("sender ODS code in lower case", r => ((Stu3.Organization)((Stu3.Bundle)r).Entry[1].Resource!).Identifier[0].Value = new Stu3.FhirString("fqw30"),
            ValidationCodes.OdsCodeFormat, "Bundle.entry[1].resource.identifier[0].value"),
    }.ToDictionary(m => m.Name, StringComparer.Ordinal);

    private static ExampleMutation UkCore(string name, string example, Action<Base> apply, string code, string expression, string? profile = null) =>
        new(name, example, UpdateRecord: false, profile, apply, code, expression);

    private static ExampleMutation UpdateRecord(string name, Action<Base> apply, string code, string expression) =>
        new(name, Message, UpdateRecord: true, null, apply, code, expression);

    private static R4.Observation Observation(Base resource) => (R4.Observation)resource;

    private static Stu3.MessageHeader MessageHeader(Base message) => (Stu3.MessageHeader)((Stu3.Bundle)message).Entry[0].Resource!;

    private static Stu3.Bundle Document(Base message) => (Stu3.Bundle)((Stu3.Bundle)message).Entry[2].Resource!;
}

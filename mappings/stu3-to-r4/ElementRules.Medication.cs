using R4 = Interop.Fhir.R4;

namespace Interop.Mappings.Stu3ToR4;

/// <summary>Medication, MedicationStatement, MedicationRequest and MedicationDispense elements that differ.</summary>
internal static partial class ElementRules
{
    private const string MedicationChangeSummary = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-MedicationChangeSummary";
    private const string CareConnectMedicationChangeStatus = "https://fhir.nhs.uk/STU3/CodeSystem/CareConnect-MedicationChangeStatus-1";

    private static void AddMedicationRules(Dictionary<string, ElementRule> rules)
    {
        rules["Medication.ingredient.amount"] = Rename("strength");

        rules["MedicationStatement.extension"] = MedicationStatementExtensions;
        rules["MedicationStatement.taken"] = MedicationTaken;
        rules["MedicationStatement.reasonNotTaken"] = Rename("statusReason");

        rules["MedicationRequest.requester"] = RequesterAgent;
        rules["MedicationRequest.context"] = Rename("encounter");

        rules["MedicationDispense.notDone"] = context => NotDone(context, "declined");
        rules["MedicationDispense.notDoneReason"] = Rename("statusReason");
    }

    /// <summary>
    /// STU3 taken y/n/unk/na became R4 status values; 'y' leaves the STU3 status as it was, and so does 'n' on a stopped
    /// medicine (a discharge summary's stopped medicine is not taken any more; R4 not-taken would lose that it was stopped).
    /// </summary>
    private static void MedicationTaken(RuleContext context)
    {
        var stopped = ((R4.MedicationStatement)context.Target).Status?.Value == "stopped";
        if (context.Text != "y" && !(context.Text == "n" && stopped))
        {
            StatusCode("http://hl7.org/fhir/medication-statement-taken")(context);
        }
    }

    /// <summary>
    /// The change summary's status is a CareConnect code in STU3 and a UK Core Coding in R4 (same concepts, codes in lower
    /// case); the extension's URL and its other parts are carried by the generic copy.
    /// </summary>
    private static void MedicationStatementExtensions(RuleContext context)
    {
        context.CopyTo("extension");
        foreach (var summary in ((R4.MedicationStatement)context.Target).Extension.Where(e => e.Url == MedicationChangeSummary))
        {
            summary.Extension.RemoveAll(part => part.Url == "status" && !ToUkCoreStatus(context, part));
        }
    }

    /// <summary>Turns a CareConnect status code into the UK Core Coding; false (reported) when the code has none.</summary>
    private static bool ToUkCoreStatus(RuleContext context, R4.Extension status)
    {
        if (status.Value is not R4.Code { Value: { } code })
        {
            return true;
        }

        if (ConversionMaps.StatusCodes.Find(CareConnectMedicationChangeStatus, code) is not { } target)
        {
            context.NotCarried(ConversionIssueCodes.CodeNotMapped, $"Medication change status {code} has no UK Core equivalent; the change summary is carried without it.");
            return false;
        }

        status.Value = new R4.Coding { System = new R4.FhirUri(target.System), Code = new R4.Code(target.Code) };
        return true;
    }
}

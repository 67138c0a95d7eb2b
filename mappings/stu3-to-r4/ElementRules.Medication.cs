
namespace Interop.Mappings.Stu3ToR4;

/// <summary>Medication, MedicationStatement, MedicationRequest and MedicationDispense elements that differ.</summary>
internal static partial class ElementRules
{
    private static void AddMedicationRules(Dictionary<string, ElementRule> rules)
    {
        rules["Medication.ingredient.amount"] = Rename("strength");

        rules["MedicationStatement.taken"] = MedicationTaken;
        rules["MedicationStatement.reasonNotTaken"] = Rename("statusReason");

        rules["MedicationRequest.requester"] = RequesterAgent;
        rules["MedicationRequest.context"] = Rename("encounter");

        rules["MedicationDispense.notDone"] = context => NotDone(context, "declined");
        rules["MedicationDispense.notDoneReason"] = Rename("statusReason");
    }

    /// <summary>STU3 taken y/n/unk/na became R4 status values; 'y' leaves the STU3 status as it was.</summary>
    private static void MedicationTaken(RuleContext context)
    {
        if (context.Text != "y")
        {
            StatusCode("http://hl7.org/fhir/medication-statement-taken")(context);
        }
    }
}

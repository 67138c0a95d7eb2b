using Interop.Fhir.Serialization;
using R4 = Interop.Fhir.R4;
using Stu3 = Interop.Fhir.Stu3;

namespace Interop.Mappings.Stu3ToR4;

/// <summary>Encounter, Composition, Observation, Condition, AllergyIntolerance, Procedure and ClinicalImpression elements that differ.</summary>
internal static partial class ElementRules
{
    private static void AddClinicalRules(Dictionary<string, ElementRule> rules)
    {
        rules["Encounter.reason"] = Rename("reasonCode");
        rules["Encounter.incomingReferral"] = Rename("basedOn");
        rules["Encounter.diagnosis.role"] = Rename("use");
        rules["Composition.class"] = Rename("category");

        rules["Observation.context"] = Rename("encounter");
        rules["Observation.comment"] = context => context.Add("note", new R4.Annotation { Text = new R4.Markdown(context.Text) });
        rules["Observation.related"] = ObservationRelated;

        rules["Condition.context"] = Rename("encounter");
        rules["Condition.clinicalStatus"] = CodeToConcept("clinicalStatus", "http://hl7.org/fhir/condition-clinical");
        rules["Condition.verificationStatus"] = CodeToConcept("verificationStatus", "http://hl7.org/fhir/condition-ver-status");
        rules["Condition.assertedDate"] = ToDateTimeExtension("http://hl7.org/fhir/StructureDefinition/condition-assertedDate");

        rules["AllergyIntolerance.clinicalStatus"] = CodeToConcept("clinicalStatus", "http://hl7.org/fhir/allergy-clinical-status");
        rules["AllergyIntolerance.verificationStatus"] = CodeToConcept("verificationStatus", "http://hl7.org/fhir/allergy-verification-status");
        rules["AllergyIntolerance.assertedDate"] = ToDateTimeExtension("http://hl7.org/fhir/StructureDefinition/allergyintolerance-assertedDate");

        rules["Procedure.context"] = Rename("encounter");
        rules["Procedure.notDone"] = context => NotDone(context, "not-done");
        rules["Procedure.notDoneReason"] = Rename("statusReason");
        rules["Procedure.performer.role"] = Rename("function");

        rules["ClinicalImpression.context"] = Rename("encounter");
        rules["ClinicalImpression.finding.item"] = context =>
            context.CopyTo(context.Value is Stu3.CodeableConcept ? "itemCodeableConcept" : "itemReference");
    }

    /// <summary>STU3 notDone=true became an R4 status; notDone=false says nothing the status does not.</summary>
    private static void NotDone(RuleContext context, string r4Status)
    {
        if (context.Text == "true")
        {
            SetStatus(context.Target, r4Status);
        }
    }

    /// <summary>R4 keeps two of STU3's related-observation kinds as elements of their own; the others have no R4 element.</summary>
    private static void ObservationRelated(RuleContext context)
    {
        foreach (var (item, path) in ElementCopier.Items(context.Value, context.Path))
        {
            var related = (Stu3.Observation.RelatedComponent)item;
            var element = related.Type?.Value switch
            {
                "has-member" => "hasMember",
                "derived-from" => "derivedFrom",
                _ => null,
            };

            if (element is null || related.Target is null)
            {
                context.Copier.Report(ConversionIssueCodes.ElementNotCarried, IssueSeverity.Warning, path, $"R4 has no element for related type {related.Type?.Value}.");
            }
            else
            {
                context.Copier.CopyInto(context.Target, element, related.Target, $"{path}.target");
            }
        }
    }
}

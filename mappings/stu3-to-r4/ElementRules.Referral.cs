using R4 = Interop.Fhir.R4;

namespace Interop.Mappings.Stu3ToR4;

/// <summary>ReferralRequest elements, carried into ServiceRequest.</summary>
internal static partial class ElementRules
{
    private static void AddReferralRules(Dictionary<string, ElementRule> rules)
    {
        rules["ReferralRequest.status"] = StatusCode("http://hl7.org/fhir/request-status");
        rules["ReferralRequest.groupIdentifier"] = Rename("requisition");
        rules["ReferralRequest.context"] = Rename("encounter");
        rules["ReferralRequest.type"] = Rename("category");
        rules["ReferralRequest.serviceRequested"] = Rename("code");
        rules["ReferralRequest.requester"] = RequesterAgent;
        rules["ReferralRequest.specialty"] = Rename("performerType");
        rules["ReferralRequest.recipient"] = Rename("performer");
        rules["ReferralRequest.description"] = context => context.Add("note", new R4.Annotation { Text = new R4.Markdown(context.Text) });
    }
}

using System.Collections.Frozen;
using Interop.Fhir;
using Interop.Fhir.Serialization;
using R4 = Interop.Fhir.R4;

namespace Interop.Mappings.Stu3ToR4;

/// <summary>
/// The STU3 elements that differ in R4, keyed by STU3 type and element name (<c>Observation.context</c>,
/// <c>Encounter.diagnosis.role</c>); every other element is copied by name. The README's table lists the same rules.
/// </summary>
internal static partial class ElementRules
{
    private static readonly FrozenDictionary<string, ElementRule> Rules = Build();

    /// <summary>The rule for an element of an STU3 type, if it has one.</summary>
    public static ElementRule? Find(string stu3TypeName, string elementName) =>
        Rules.GetValueOrDefault(string.Concat(stu3TypeName, ".", elementName));

    private static FrozenDictionary<string, ElementRule> Build()
    {
        var rules = new Dictionary<string, ElementRule>(StringComparer.Ordinal);
        AddDatatypeRules(rules);
        AddClinicalRules(rules);
        AddMedicationRules(rules);
        AddReferralRules(rules);
        return rules.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The element only changed its name.</summary>
    private static ElementRule Rename(string r4Element) => context => context.CopyTo(r4Element);

    /// <summary>A status code that became a CodeableConcept with a system, through the status ConceptMap.</summary>
    private static ElementRule CodeToConcept(string r4Element, string stu3System) => context =>
    {
        if (MapStatus(context, stu3System) is { } target)
        {
            context.Add(r4Element, new R4.CodeableConcept { Coding = [new R4.Coding { System = new R4.FhirUri(target.System), Code = new R4.Code(target.Code) }] });
        }
    };

    /// <summary>A status code whose values changed, through the status ConceptMap, replacing any status already set.</summary>
    private static ElementRule StatusCode(string stu3System) => context =>
    {
        if (MapStatus(context, stu3System) is { } target)
        {
            SetStatus(context.Target, target.Code);
        }
    };

    private static (string? System, string Code)? MapStatus(RuleContext context, string stu3System)
    {
        if (context.Text is not { } code)
        {
            return null;
        }

        var target = ConversionMaps.StatusCodes.Find(stu3System, code);
        if (target is null)
        {
            context.NotCarried(ConversionIssueCodes.CodeNotMapped, $"{stu3System} code {code} has no R4 equivalent.");
        }

        return target;
    }

    private static void SetStatus(Base target, string code) =>
        target.ClassMapping.FindProperty("status")!.Set(target, new R4.Code(code));

    /// <summary>An STU3 dateTime element that R4 carries as a core extension of the same meaning.</summary>
    private static ElementRule ToDateTimeExtension(string url) => context =>
        context.Add("extension", new R4.Extension { Url = url, Value = new R4.FhirDateTime(context.Text) });

    /// <summary>STU3 requester (agent + onBehalfOf) became a single R4 Reference to the agent.</summary>
    private static void RequesterAgent(RuleContext context)
    {
        var requester = (Base)context.Value;
        foreach (var property in requester.ClassMapping.Properties)
        {
            if (property.Get(requester) is not { } value)
            {
                continue;
            }

            var path = $"{context.Path}.{property.Name}";
            if (property.Name == "agent")
            {
                context.Copier.CopyInto(context.Target, "requester", value, path);
            }
            else
            {
                context.Copier.Report(ConversionIssueCodes.ElementNotCarried, IssueSeverity.Warning, path, $"R4 requester is a Reference to the agent; requester.{property.Name} is not carried.");
            }
        }
    }
}

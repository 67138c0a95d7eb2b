using Interop.Fhir;
using Interop.Fhir.Serialization;
using R4 = Interop.Fhir.R4;

namespace Interop.Mappings.Stu3ToR4;

/// <summary>Datatype elements that differ: extension URLs, code systems, profiles, and Dosage's dose and rate.</summary>
internal static partial class ElementRules
{
    private const string NhsNumberVerificationStatus = "https://fhir.hl7.org.uk/StructureDefinition/Extension-UKCore-NHSNumberVerificationStatus";

    private static void AddDatatypeRules(Dictionary<string, ElementRule> rules)
    {
        rules["Extension.url"] = ExtensionUrl;
        rules["Coding.system"] = CodingSystem;
        rules["Meta.profile"] = MetaProfile;
        rules["Dosage.dose"] = context => context.CopyTo(DoseAndRate(context.Target), "dose");
        rules["Dosage.rate"] = context => context.CopyTo(DoseAndRate(context.Target), "rate");
        rules["Reference.identifier"] = ReferenceIdentifier;
        rules["Binary.content"] = Rename("data");
        rules["Signature.contentType"] = Rename("sigFormat");
        rules["Signature.blob"] = Rename("data");
        rules["MessageHeader.timestamp"] = context => context.Copier.Report(
            ConversionIssueCodes.MovedToBundle, IssueSeverity.Information, context.Path, "R4 carries the message time as Bundle.timestamp.");
    }

    private static void ExtensionUrl(RuleContext context)
    {
        var url = (string)context.Value;
        var mapped = ConversionMaps.ExtensionUrls.FindUrl(url);
        if (mapped is null && url.Contains("/STU3/", StringComparison.Ordinal))
        {
            context.Copier.Report(ConversionIssueCodes.ExtensionNotMapped, IssueSeverity.Warning, context.Path, $"Extension {url} has no UK Core equivalent; kept with its STU3 URL.");
        }

        context.Copier.CopyInto(context.Target, "url", mapped ?? url, context.Path);
    }

    /// <summary>UK Core allows the NHS number verification status on Patient.identifier only; CareConnect also put it on references.</summary>
    private static void ReferenceIdentifier(RuleContext context)
    {
        context.CopyTo("identifier");
        if (((R4.Reference)context.Target).Identifier is { } identifier
            && identifier.Extension.RemoveAll(e => e.Url == NhsNumberVerificationStatus) > 0)
        {
            context.Copier.Report(ConversionIssueCodes.ExtensionNotAllowed, IssueSeverity.Information, context.Path, "UK Core allows the NHS number verification status on Patient.identifier only; left out of the reference.");
        }
    }

    private static void CodingSystem(RuleContext context)
    {
        context.CopyTo("system");
        if (context.Text is { } system && ((R4.Coding)context.Target).System is { } copied)
        {
            copied.RawValue = ConversionMaps.CodeSystem(system);
        }
    }

    private static void MetaProfile(RuleContext context)
    {
        foreach (var (item, path) in ElementCopier.Items(context.Value, context.Path))
        {
            var profile = ((IPrimitive)item).RawValue?.Trim() ?? "";
            if (ConversionMaps.Profiles.FindUrl(profile) is { } ukCore)
            {
                ((R4.Meta)context.Target).Profile.Add(new R4.Canonical(ukCore));
            }
            else
            {
                context.Copier.Report(ConversionIssueCodes.ProfileNotMapped, IssueSeverity.Information, path, $"Profile {profile} has no UK Core equivalent; left out of meta.profile.");
            }
        }
    }

    /// <summary>STU3 Dosage.dose[x] and rate[x] both go into R4's single doseAndRate element.</summary>
    private static Base DoseAndRate(Base dosage)
    {
        var list = ((R4.Dosage)dosage).DoseAndRate;
        if (list.Count == 0)
        {
            list.Add(new R4.Dosage.DoseAndRateComponent());
        }

        return list[0];
    }
}

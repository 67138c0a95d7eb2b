using Interop.Fhir.R4;
using Interop.Mappings.Bars;
using Interop.Mappings.Common;

namespace Interop.Mappings.DischargeMedicines;

/// <summary>The resources every Discharge Medicines message carries, copied from the document with new ids derived from it.</summary>
internal sealed class ReferralContent
{
    private ReferralContent(BarsEntry patient, BarsEntry? encounter, BarsEntry dischargingOrganisation, IReadOnlyList<BarsEntry> statements, IReadOnlyList<BarsEntry> referenced)
    {
        Patient = patient;
        Encounter = encounter;
        DischargingOrganisation = dischargingOrganisation;
        Statements = statements;
        Referenced = referenced;
    }

    public BarsEntry Patient { get; }

    public BarsEntry? Encounter { get; }

    public BarsEntry DischargingOrganisation { get; }

    public IReadOnlyList<BarsEntry> Statements { get; }

    /// <summary>The Medication, Practitioner, PractitionerRole and Organization resources the statements reference (who prescribed, what product).</summary>
    public IReadOnlyList<BarsEntry> Referenced { get; }

    /// <summary>The content in message order after the ServiceRequest: Patient, Encounter, statements, what they reference, discharging organisation.</summary>
    public IEnumerable<BarsEntry> InMessageOrder() =>
        new[] { Patient }.Concat(Encounter is null ? [] : [Encounter]).Concat(Statements).Concat(Referenced).Append(DischargingOrganisation);

    /// <summary>Copies the document's resources into message entries, or gives the failure of a medicine's change status.</summary>
    public static ReferralContent? Build(DischargeDocument document, out DischargeMedicinesFailure? failure)
    {
        var newUrls = new Dictionary<Resource, string>(ReferenceEqualityComparer.Instance);
        string UrlOf(Resource original, string role) => newUrls[original] = DeterministicUuid.Urn(document.DocumentId, role, document.KeyOf(original));

        var statements = new List<(DomainResource Original, MedicationStatement Copy)>();
        foreach (var medicine in document.Medicines)
        {
            if (MedicinesOnDischarge.ToStatement(medicine, out failure) is not { } statement)
            {
                return null;
            }

            statements.Add((medicine, statement));
        }

        var patient = Entry(UrlOf(document.Patient, "Patient"), WithProfile(ResourceCopy.Of(document.Patient), DmsCodes.PatientProfile));
        var encounter = document.Encounter is { } stay ? Entry(UrlOf(stay, "Encounter"), WithProfile(ResourceCopy.Of(stay), DmsCodes.EncounterProfile)) : null;
        var organisation = Entry(UrlOf(document.DischargingOrganisation, "Organization"), WithProfile(ResourceCopy.Of(document.DischargingOrganisation), DmsCodes.OrganizationProfile));
        var statementEntries = statements.Select(s => Entry(UrlOf(s.Original, "MedicationStatement"), s.Copy)).ToList();
        var referenced = statements
            .SelectMany(s => References.All(s.Copy))
            .Select(r => document.Resolve(r.ReferenceElement?.Value))
            .OfType<Resource>()
            .Where(r => !newUrls.ContainsKey(r) && DmsCodes.ReferencedProfiles.ContainsKey(r.ClassMapping.Name))
            .Distinct()
            .Select(r => Entry(UrlOf(r, r.ClassMapping.Name), WithProfile(ResourceCopy.Of(r), DmsCodes.ReferencedProfiles[r.ClassMapping.Name])))
            .ToList();

        var content = new ReferralContent(patient, encounter, organisation, statementEntries, referenced);
        foreach (var entry in content.InMessageOrder())
        {
            References.Rewrite(entry.Resource, target => document.Resolve(target) is { } original && newUrls.TryGetValue(original, out var url) ? url : null);
        }

        failure = null;
        return content;
    }

    private static BarsEntry Entry(string fullUrl, Resource resource)
    {
        resource.Id = new Id(fullUrl["urn:uuid:".Length..]);
        return new BarsEntry(fullUrl, resource);
    }

    private static T WithProfile<T>(T resource, string profile)
        where T : Resource
    {
        resource.Meta = new Meta { Profile = [new Canonical(profile)] };
        return resource;
    }
}

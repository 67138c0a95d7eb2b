using System.Collections;
using System.Collections.Frozen;
using Interop.Fhir;
using Interop.Fhir.Introspection;
using Interop.Fhir.Navigation;

namespace Interop.Engine.Privacy;

/// <summary>
/// Blanks patient details in a parsed resource of any FHIR version, walking it through the model's metadata: in every
/// Patient and RelatedPerson (Bundle entries and contained ones included) the identifiers, names, telecoms, addresses,
/// birth date, contacts, photo and narrative; the display and identifier of every reference to a patient, or in a
/// <c>subject</c>/<c>patient</c> element; and every NHS number wherever it appears. Masked values become
/// <see cref="Mask"/>, so the structure stays readable; codes, systems and uses are kept. Dates are masked as text too:
/// the serializers write a primitive's text whatever its type. Clinical free text (a note that names the patient) and
/// resource ids are not patient details by structure and are left as they are.
/// </summary>
internal static class PatientDetailsMasker
{
    /// <summary>What a masked value reads.</summary>
    public const string Mask = "*****";

    private const string MaskedDiv = "<div xmlns=\"http://www.w3.org/1999/xhtml\">" + Mask + "</div>";
    private const string NhsNumberSystem = "https://fhir.nhs.uk/Id/nhs-number";

    private static readonly FrozenSet<string> PersonTypes = FrozenSet.Create(StringComparer.Ordinal, "Patient", "RelatedPerson");
    private static readonly FrozenSet<string> PersonDetails = FrozenSet.Create(
        StringComparer.Ordinal, "identifier", "name", "telecom", "address", "birthDate", "contact", "photo");
    private static readonly FrozenSet<string> SubjectElements = FrozenSet.Create(StringComparer.Ordinal, "subject", "patient");

    // Free text and dates hold the details; codes, URIs (Identifier.system), booleans and numbers describe them.
    private static readonly FrozenSet<string> MaskedPrimitives = FrozenSet.Create(
        StringComparer.Ordinal, "string", "markdown", "date", "dateTime", "instant", "base64Binary");

    // Coded values say what kind of detail it is (a contact's relationship, the NHS number's verification status), not whose.
    private static readonly FrozenSet<string> KeptTypes = FrozenSet.Create(StringComparer.Ordinal, "Coding", "CodeableConcept");

    /// <summary>Masks the patient details in <paramref name="resource"/> in place.</summary>
    public static void MaskPatientDetails(Base resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var people = new HashSet<string>(StringComparer.Ordinal);
        CollectPeople(resource, people);
        Walk(resource, people);
    }

    /// <summary>The references that name a patient or related person here: entry full URLs and contained ids.</summary>
    private static void CollectPeople(Base element, HashSet<string> people)
    {
        foreach (var (property, child) in Elements(element))
        {
            if (property.Name == "resource" && PersonTypes.Contains(child.TypeName()) && element.Text("fullUrl") is { } fullUrl)
            {
                people.Add(fullUrl);
            }

            if (property.Name == "contained" && PersonTypes.Contains(child.TypeName()) && child.Text("id") is { } id)
            {
                people.Add("#" + id);
            }

            CollectPeople(child, people);
        }
    }

    private static void Walk(Base element, HashSet<string> people)
    {
        var person = element.ClassMapping.Kind == ClassKind.Resource && PersonTypes.Contains(element.TypeName());
        foreach (var (property, child) in Elements(element))
        {
            if (person && PersonDetails.Contains(property.Name))
            {
                MaskDetails(child);
                continue;
            }

            if (person && property.Name == "text" && child.Child("div") is IPrimitive div)
            {
                div.RawValue = MaskedDiv;
            }

            switch (child.TypeName())
            {
                case "Reference" when SubjectElements.Contains(property.Name) || PointsAtPerson(child, people):
                    MaskText(child.Child("display"));
                    MaskText(child.Child("identifier").Child("value"));
                    break;
                case "Identifier" when child.Text("system") == NhsNumberSystem:
                    MaskText(child.Child("value"));
                    break;
            }

            Walk(child, people);
        }
    }

    private static void MaskDetails(Base element)
    {
        if (KeptTypes.Contains(element.TypeName()))
        {
            return;
        }

        if (element is IPrimitive && MaskedPrimitives.Contains(element.TypeName()))
        {
            MaskText(element);
        }

        foreach (var (property, child) in Elements(element))
        {
            // Attachment.url points at the photo itself.
            if (property.Name == "url" && child is IPrimitive)
            {
                MaskText(child);
            }
            else
            {
                MaskDetails(child);
            }
        }
    }

    private static void MaskText(Base? element)
    {
        if (element is IPrimitive primitive && primitive.HasValue)
        {
            primitive.RawValue = Mask;
        }
    }

    /// <summary>
    /// Whether a Reference names a person: one collected here, a Patient/RelatedPerson by type (<c>Patient/1</c>,
    /// <c>https://…/Patient/1/_history/2</c>), or anyone by NHS number.
    /// </summary>
    private static bool PointsAtPerson(Base reference, HashSet<string> people)
    {
        if (reference.Child("identifier").Text("system") == NhsNumberSystem)
        {
            return true;
        }

        if (reference.Text("reference") is not { } target)
        {
            return false;
        }

        if (people.Contains(target))
        {
            return true;
        }

        var parts = target.Split('/');
        var history = Array.IndexOf(parts, "_history");
        var typeIndex = (history >= 0 ? history : parts.Length) - 2;
        return typeIndex >= 0 && PersonTypes.Contains(parts[typeIndex]);
    }

    /// <summary>Every element below <paramref name="element"/>'s own properties, with the property it sits in; system strings have none.</summary>
    private static IEnumerable<(PropertyMapping Property, Base Child)> Elements(Base element)
    {
        foreach (var property in element.ClassMapping.Properties)
        {
            switch (property.Get(element))
            {
                case Base single:
                    yield return (property, single);
                    break;
                case IList list:
                    foreach (var item in list)
                    {
                        if (item is Base child)
                        {
                            yield return (property, child);
                        }
                    }

                    break;
            }
        }
    }
}

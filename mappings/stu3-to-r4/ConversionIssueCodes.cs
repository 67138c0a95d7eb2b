namespace Interop.Mappings.Stu3ToR4;

/// <summary>The stable codes of STU3 → R4 conversion issues. Tests and callers match on these, never on message text.</summary>
public static class ConversionIssueCodes
{
    /// <summary>An STU3 element has no R4 element to carry it; its value is not in the R4 resource.</summary>
    public const string ElementNotCarried = "CNV001";

    /// <summary>A value's type is not allowed in the R4 element (an Observation valueAttachment, a Condition abatementBoolean).</summary>
    public const string TypeNotCarried = "CNV002";

    /// <summary>A code has no R4 equivalent in the conversion's ConceptMaps.</summary>
    public const string CodeNotMapped = "CNV003";

    /// <summary>An STU3 profile in <c>meta.profile</c> has no UK Core equivalent and is left out.</summary>
    public const string ProfileNotMapped = "CNV004";

    /// <summary>A resource type has no R4 equivalent; the resource is not converted.</summary>
    public const string ResourceNotConverted = "CNV005";

    /// <summary>The R4 element holds one value where STU3 held several; the values after the first are not carried.</summary>
    public const string ExtraValueNotCarried = "CNV006";

    /// <summary>An STU3 extension has no UK Core equivalent in the URL map; it is kept with its STU3 URL.</summary>
    public const string ExtensionNotMapped = "CNV007";

    /// <summary>An STU3 element that R4 keeps on the enclosing Bundle (MessageHeader.timestamp → Bundle.timestamp); carried only when converted inside its Bundle.</summary>
    public const string MovedToBundle = "CNV008";

    /// <summary>An extension UK Core does not allow where STU3 had it (the NHS number verification status on a reference's identifier); left out.</summary>
    public const string ExtensionNotAllowed = "CNV009";
}

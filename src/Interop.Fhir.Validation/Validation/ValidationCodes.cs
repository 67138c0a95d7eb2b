namespace Interop.Fhir.Validation.Validation;

/// <summary>The stable codes of validation issues (OperationOutcome <c>details</c>).</summary>
public static class ValidationCodes
{
    /// <summary>An element the definition does not have.</summary>
    public const string UnknownElement = "VAL100";

    /// <summary>Fewer occurrences than the definition's minimum.</summary>
    public const string TooFew = "VAL101";

    /// <summary>More occurrences than the definition's maximum.</summary>
    public const string TooMany = "VAL102";

    /// <summary>A value of a type the element does not allow.</summary>
    public const string WrongType = "VAL103";

    /// <summary>A primitive value that is not valid for its type.</summary>
    public const string InvalidValue = "VAL104";

    /// <summary>A string longer than the element's maxLength.</summary>
    public const string TooLong = "VAL105";

    /// <summary>A value below the element's minValue or above its maxValue.</summary>
    public const string OutOfRange = "VAL106";

    /// <summary>An Attachment whose size is not the length of its data.</summary>
    public const string AttachmentSizeMismatch = "VAL107";

    /// <summary>A value different from the element's fixed value.</summary>
    public const string FixedMismatch = "VAL110";

    /// <summary>A value that does not contain the element's pattern.</summary>
    public const string PatternMismatch = "VAL111";

    /// <summary>A code not in the value set of a required binding.</summary>
    public const string CodeNotInRequiredValueSet = "VAL120";

    /// <summary>A code not in the value set of an extensible binding.</summary>
    public const string CodeNotInExtensibleValueSet = "VAL121";

    /// <summary>The value set cannot be expanded here (SNOMED CT, dm+d...): the code was not checked.</summary>
    public const string ValueSetNotExpandable = "VAL122";

    /// <summary>The bound value set is not in any loaded package.</summary>
    public const string UnknownValueSet = "VAL123";

    /// <summary>A code unknown in its own code system (when the engine has the code system).</summary>
    public const string UnknownCode = "VAL124";

    /// <summary>A Coding whose display is none of the names its code system gives the code.</summary>
    public const string WrongDisplay = "VAL125";

    /// <summary>A FHIRPath invariant is not met.</summary>
    public const string InvariantFailed = "VAL130";

    /// <summary>A FHIRPath invariant could not be evaluated.</summary>
    public const string InvariantError = "VAL131";

    /// <summary>An item that belongs to no slice of a closed slicing.</summary>
    public const string NoMatchingSlice = "VAL140";

    /// <summary>Slices not in the order an ordered slicing asks for.</summary>
    public const string SliceOutOfOrder = "VAL142";

    /// <summary>An extension whose definition is not loaded.</summary>
    public const string UnknownExtension = "VAL150";

    /// <summary>An extension used where its definition does not allow it.</summary>
    public const string ExtensionContext = "VAL151";

    /// <summary>A reference to a resource of a type the element does not allow.</summary>
    public const string ReferenceTargetType = "VAL160";

    /// <summary>A reference whose target does not conform to the required profile.</summary>
    public const string ReferenceTargetProfile = "VAL161";

    /// <summary>A reference in a message or document Bundle that resolves to no entry.</summary>
    public const string UnresolvedReference = "VAL162";

    /// <summary>Two Bundle entries with the same fullUrl.</summary>
    public const string DuplicateFullUrl = "VAL170";

    /// <summary>A message Bundle whose first entry is not a MessageHeader.</summary>
    public const string MessageHeaderNotFirst = "VAL171";

    /// <summary>A document Bundle whose first entry is not a Composition.</summary>
    public const string CompositionNotFirst = "VAL172";

    /// <summary>A Bundle entry whose fullUrl is not an absolute URL.</summary>
    public const string RelativeFullUrl = "VAL173";

    /// <summary>A Bundle link relation that occurs more than once.</summary>
    public const string RepeatedLinkRelation = "VAL174";

    /// <summary>A search result without an id.</summary>
    public const string SearchResultWithoutId = "VAL175";

    /// <summary>A profile that is not in any loaded package.</summary>
    public const string UnknownProfile = "VAL180";

    /// <summary>A resource validated against a profile of another type.</summary>
    public const string ProfileTypeMismatch = "VAL181";

    /// <summary>An NHS number whose check digit is wrong (Modulus 11).</summary>
    public const string NhsNumberCheckDigit = "VAL190";

    /// <summary>An ODS organisation code that is not in ODS format.</summary>
    public const string OdsCodeFormat = "VAL191";

    /// <summary>A package file that could not be read or parsed as a resource of the store's model; it is skipped.</summary>
    public const string PackageFileUnreadable = "VAL200";

    /// <summary>A package or definition written for another FHIR version than the store's; it is skipped.</summary>
    public const string PackageWrongFhirVersion = "VAL201";

    /// <summary>A canonical resource loaded twice with the same URL and version; the first one loaded is kept.</summary>
    public const string DuplicateCanonical = "VAL202";

    /// <summary>A differential-only definition whose base definition is not loaded (or has no snapshot): no snapshot.</summary>
    public const string SnapshotBaseNotFound = "VAL210";

    /// <summary>A differential element that matches no element of the base (or of its types): it is ignored.</summary>
    public const string SnapshotElementNotFound = "VAL211";

    /// <summary>A type or type profile whose definition is not loaded, so an element's children could not be expanded from it.</summary>
    public const string SnapshotTypeNotFound = "VAL212";

    /// <summary>Definitions that are each other's base (directly or not): no snapshot.</summary>
    public const string SnapshotCycle = "VAL213";
}

namespace Interop.Fhir.Serialization;

/// <summary>The stable codes of parse issues. Tests and callers match on these, never on message text.</summary>
public static class ParseIssueCodes
{
    /// <summary>The code system these codes are written in, in an OperationOutcome's <c>issue.details</c>.</summary>
    public const string CodeSystem = "https://interop.example/fhir/CodeSystem/parse-issue";

    /// <summary>The JSON is not well-formed (fatal).</summary>
    public const string JsonMalformed = "JSON100";

    /// <summary>A property is not an element of its type.</summary>
    public const string JsonUnknownElement = "JSON101";

    /// <summary>A value has the wrong JSON type (a string where a boolean is due, an object where a primitive is due).</summary>
    public const string JsonWrongType = "JSON102";

    /// <summary>An empty string, object or array, which FHIR forbids.</summary>
    public const string JsonEmptyValue = "JSON103";

    /// <summary>A resource object has no <c>resourceType</c>.</summary>
    public const string JsonMissingResourceType = "JSON104";

    /// <summary>The <c>resourceType</c> is not a resource of this FHIR version, or not the expected one.</summary>
    public const string JsonUnknownResourceType = "JSON105";

    /// <summary>A <c>null</c> outside the padding of a primitive array.</summary>
    public const string JsonNullNotAllowed = "JSON106";

    /// <summary>A primitive value does not match its type's format (an invalid date, a decimal with letters).</summary>
    public const string JsonInvalidPrimitive = "JSON107";

    /// <summary>Nesting is deeper than the configured limit (fatal).</summary>
    public const string JsonTooDeep = "JSON108";

    /// <summary>A property appears twice in one object.</summary>
    public const string JsonDuplicateProperty = "JSON109";

    /// <summary>An array where a single value is due, or a single value where an array is due.</summary>
    public const string JsonCardinality = "JSON110";

    /// <summary>A primitive array and its <c>_name</c> array differ in length.</summary>
    public const string JsonArrayLengthMismatch = "JSON111";

    /// <summary>The root is not a JSON object.</summary>
    public const string JsonRootNotObject = "JSON112";

    /// <summary>More than one type of a choice element (<c>valueString</c> and <c>valueBoolean</c>).</summary>
    public const string JsonChoiceConflict = "JSON113";

    /// <summary>The narrative <c>div</c> is not well-formed XHTML in the XHTML namespace.</summary>
    public const string JsonInvalidXhtml = "JSON114";

    /// <summary>The XML is not well-formed (fatal).</summary>
    public const string XmlMalformed = "XML100";

    /// <summary>An element is not an element of its type.</summary>
    public const string XmlUnknownElement = "XML101";

    /// <summary>An element is not in the FHIR namespace (or a div not in the XHTML namespace).</summary>
    public const string XmlWrongNamespace = "XML102";

    /// <summary>An empty <c>value</c> attribute, or an element with no content.</summary>
    public const string XmlEmptyValue = "XML103";

    /// <summary>The document has a DTD or entity declarations, refused for security (fatal).</summary>
    public const string XmlDtdProhibited = "XML104";

    /// <summary>The root or a contained element names no resource of this FHIR version.</summary>
    public const string XmlUnknownResourceType = "XML105";

    /// <summary>An attribute that FHIR does not define here.</summary>
    public const string XmlUnknownAttribute = "XML106";

    /// <summary>A primitive value does not match its type's format.</summary>
    public const string XmlInvalidPrimitive = "XML107";

    /// <summary>Nesting is deeper than the configured limit (fatal).</summary>
    public const string XmlTooDeep = "XML108";

    /// <summary>An element is out of the order its type defines.</summary>
    public const string XmlOutOfOrder = "XML109";

    /// <summary>An element that does not repeat appears more than once.</summary>
    public const string XmlCardinality = "XML110";

    /// <summary>Text content where FHIR allows none.</summary>
    public const string XmlUnexpectedText = "XML111";

    /// <summary>The narrative <c>div</c> is not valid XHTML for FHIR.</summary>
    public const string XmlInvalidXhtml = "XML112";

    /// <summary>The document declares an encoding other than UTF-8.</summary>
    public const string XmlNotUtf8 = "XML113";
}

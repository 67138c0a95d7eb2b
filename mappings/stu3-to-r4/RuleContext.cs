using Interop.Fhir;
using Interop.Fhir.Serialization;

namespace Interop.Mappings.Stu3ToR4;

/// <summary>One STU3 element value handed to its rule, with the R4 element that owns the result.</summary>
/// <param name="Copier">The copier, for converting values the generic way.</param>
/// <param name="Target">The R4 element the value goes into (the resource, datatype or backbone element).</param>
/// <param name="Value">The STU3 value: an element, a list of elements, or a system string.</param>
/// <param name="Path">The STU3 path of the value, for issues.</param>
internal readonly record struct RuleContext(ElementCopier Copier, Base Target, object Value, string Path)
{
    /// <summary>The value's text when it is a primitive (a code, a date), else null.</summary>
    public string? Text => (Value as IPrimitive)?.RawValue;

    /// <summary>Carries the value into the R4 element <paramref name="elementName"/> of the target.</summary>
    public void CopyTo(string elementName) => Copier.CopyInto(Target, elementName, Value, Path);

    /// <summary>Carries the value into the R4 element <paramref name="elementName"/> of another R4 element.</summary>
    public void CopyTo(Base owner, string elementName) => Copier.CopyInto(owner, elementName, Value, Path);

    /// <summary>Adds an R4 value built by the rule to the target's element <paramref name="elementName"/>.</summary>
    public void Add(string elementName, Base value) =>
        Copier.Add(Target, Target.ClassMapping.FindProperty(elementName)!, value, Path);

    /// <summary>Reports that the value is not carried, with the reason.</summary>
    public void NotCarried(string code, string message) => Copier.Report(code, IssueSeverity.Warning, Path, message);
}

namespace Interop.Fhir.Validation.Definitions;

/// <summary>One slicing discriminator.</summary>
/// <param name="Type"><c>value</c>, <c>exists</c>, <c>pattern</c>, <c>type</c> or <c>profile</c>.</param>
/// <param name="Path">A FHIRPath (restricted) from the sliced element (<c>system</c>, <c>$this</c>, <c>url</c>).</param>
public sealed record DiscriminatorInfo(string Type, string Path);

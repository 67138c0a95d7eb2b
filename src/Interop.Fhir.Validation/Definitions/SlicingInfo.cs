namespace Interop.Fhir.Validation.Definitions;

/// <summary>How an element is sliced.</summary>
/// <param name="Discriminators">How an item is told to belong to a slice.</param>
/// <param name="Rules"><c>closed</c>, <c>open</c> or <c>openAtEnd</c>.</param>
/// <param name="Ordered">Whether items must be in the order of the slices.</param>
public sealed record SlicingInfo(IReadOnlyList<DiscriminatorInfo> Discriminators, string Rules, bool Ordered);

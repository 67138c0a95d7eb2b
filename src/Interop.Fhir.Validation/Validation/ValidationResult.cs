namespace Interop.Fhir.Validation.Validation;

/// <summary>What validating one resource found.</summary>
/// <param name="Issues">Every issue, in the order found.</param>
public sealed record ValidationResult(IReadOnlyList<ValidationIssue> Issues)
{
    /// <summary>How many issues are errors.</summary>
    public int ErrorCount => Issues.Count(i => i.IsError);

    /// <summary>Whether no issue is an error.</summary>
    public bool IsValid => ErrorCount == 0;
}

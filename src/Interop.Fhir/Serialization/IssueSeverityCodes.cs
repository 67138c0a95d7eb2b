namespace Interop.Fhir.Serialization;

/// <summary>The OperationOutcome codes of <see cref="IssueSeverity"/>.</summary>
public static class IssueSeverityCodes
{
    /// <summary>The code of <paramref name="severity"/> in the IssueSeverity value set (<c>error</c>).</summary>
    public static string Code(this IssueSeverity severity) => severity switch
    {
        IssueSeverity.Fatal => "fatal",
        IssueSeverity.Error => "error",
        IssueSeverity.Warning => "warning",
        _ => "information",
    };
}

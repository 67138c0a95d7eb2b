using Interop.Fhir.Serialization;

namespace Interop.Fhir.Validation.Packages;

/// <summary>A problem met while loading packages or generating snapshots; the load goes on without the item concerned.</summary>
/// <param name="Severity">How bad it is.</param>
/// <param name="Code">A stable code from <see cref="Validation.ValidationCodes"/> (<c>VAL2xx</c>).</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Source">The file or canonical URL concerned.</param>
public sealed record PackageIssue(IssueSeverity Severity, string Code, string Message, string Source)
{
    /// <inheritdoc />
    public override string ToString() => $"{Code} {Severity} {Source}: {Message}";
}

using Interop.Fhir.Navigation;
using Interop.Fhir.Serialization;
using Interop.Fhir.Validation.Validation;

namespace Interop.Fhir.Validation.Tests.Validation;

public sealed class ValidationOutcomesTests
{
    [Fact]
    public void ToOperationOutcome_Issue_CarriesSeverityTypeCodeAndExpression()
    {
        var result = new ValidationResult([new ValidationIssue(IssueSeverity.Error, IssueType.CodeInvalid, ValidationCodes.CodeNotInRequiredValueSet, "Not in the value set.", "Patient.gender")]);

        var issue = result.ToOperationOutcome().Child("issue")!;

        issue.Text("severity").Should().Be("error");
        issue.Text("code").Should().Be("code-invalid");
        issue.Child("details").Child("coding").Text("code").Should().Be("VAL120");
        issue.Text("expression").Should().Be("Patient.gender");
    }

    [Fact]
    public void ToOperationOutcome_NoIssues_OneInformationalIssue()
    {
        var issue = new ValidationResult([]).ToOperationOutcome().Children("issue").Should().ContainSingle().Which;

        issue.Text("severity").Should().Be("information");
    }
}

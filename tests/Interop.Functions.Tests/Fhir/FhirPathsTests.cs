using Interop.Functions.Fhir;
using Microsoft.AspNetCore.Http;

namespace Interop.Functions.Tests.Fhir;

public sealed class FhirPathsTests
{
    [Theory]
    [InlineData("/fhir/STU3/metadata", nameof(FhirRelease.Stu3))]
    [InlineData("/fhir/stu3/Patient", nameof(FhirRelease.Stu3))]
    [InlineData("/fhir/STU3", nameof(FhirRelease.Stu3))]
    [InlineData("/fhir/R4/metadata", nameof(FhirRelease.R4))]
    [InlineData("/fhir/STU3x/metadata", nameof(FhirRelease.R4))]
    [InlineData("/health/live", nameof(FhirRelease.R4))]
    [InlineData("", nameof(FhirRelease.R4))]
    public void ReleaseOf_Path_PicksTheVersionOfItsBase(string path, string expected)
    {
        FhirPaths.ReleaseOf(new PathString(path)).ToString().Should().Be(expected);
    }
}

using System.Text;
using Interop.Cli.Conversion;

namespace Interop.Cli.Tests.Conversion;

public sealed class FhirVersionsTests
{
    [Fact]
    public void ParseDetectingVersion_ValidInBoth_ChoosesR4()
    {
        var (model, result) = FhirVersions.ParseDetectingVersion(Encoding.UTF8.GetBytes(Resources.PatientJson), FhirFormat.Json);

        model.Should().BeSameAs(Fhir.R4.FhirModel.Instance);
        result.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void ParseDetectingVersion_Stu3OnlyResource_ChoosesStu3()
    {
        var (model, result) = FhirVersions.ParseDetectingVersion(Encoding.UTF8.GetBytes(Resources.Stu3ProcedureRequestJson), FhirFormat.Json);

        model.Should().BeSameAs(Fhir.Stu3.FhirModel.Instance);
        result.HasErrors.Should().BeFalse();
    }

    [Fact]
    public void ParseDetectingVersion_ElementOnlyStu3Knows_ChoosesStu3()
    {
        var (model, result) = FhirVersions.ParseDetectingVersion(Encoding.UTF8.GetBytes(Resources.Stu3ClinicalImpressionJson), FhirFormat.Json);

        model.Should().BeSameAs(Fhir.Stu3.FhirModel.Instance);
        result.Issues.Should().BeEmpty();
    }

    [Fact]
    public void ParseDetectingVersion_InvalidInBoth_ChoosesR4WithItsErrors()
    {
        var (model, result) = FhirVersions.ParseDetectingVersion(Encoding.UTF8.GetBytes(Resources.UnknownTypeJson), FhirFormat.Json);

        model.Should().BeSameAs(Fhir.R4.FhirModel.Instance);
        result.HasErrors.Should().BeTrue();
    }

    [Theory]
    [InlineData("r4", "4.0.1")]
    [InlineData("stu3", "3.0.2")]
    public void Model_Name_GivesVersion(string name, string fhirVersion)
    {
        FhirVersions.Model(name).FhirVersion.Should().Be(fhirVersion);
    }
}

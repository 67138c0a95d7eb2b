using Interop.Fhir.Validation.Terminology;

namespace Interop.Fhir.Validation.Tests.Terminology;

/// <summary>The same service over STU3 resources.</summary>
public sealed class TerminologyServiceStu3Tests
{
    [Theory]
    [InlineData("female", CodeCheck.Member)]
    [InlineData("woman", CodeCheck.NotMember)]
    public void CheckCode_Stu3ValueSet_AnswersMembership(string code, CodeCheck expected)
    {
        var resolver = TestConformanceResolver.Stu3().WithCore("ValueSet-administrative-gender.json", "CodeSystem-administrative-gender.json");

        TerminologyServiceFactory.Create(resolver).CheckCode("http://hl7.org/fhir/ValueSet/administrative-gender", "http://hl7.org/fhir/administrative-gender", code)
            .Should().Be(expected);
    }
}

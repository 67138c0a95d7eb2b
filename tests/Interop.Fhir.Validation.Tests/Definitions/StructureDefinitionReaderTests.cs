using Interop.Fhir.Serialization.Xml;
using Interop.Fhir.Validation.Definitions;

namespace Interop.Fhir.Validation.Tests.Definitions;

public sealed class StructureDefinitionReaderTests
{
    // STU3: no element ids, single-uri profile and targetProfile, valueSetReference, contextType + context strings.
    private const string Stu3Extension = """
        <StructureDefinition xmlns="http://hl7.org/fhir">
          <url value="http://example.org/StructureDefinition/x"/>
          <name value="X"/>
          <status value="active"/>
          <fhirVersion value="3.0.1"/>
          <kind value="complex-type"/>
          <abstract value="false"/>
          <contextType value="resource"/>
          <context value="Patient"/>
          <context value="Practitioner"/>
          <type value="Extension"/>
          <baseDefinition value="http://hl7.org/fhir/StructureDefinition/Extension"/>
          <derivation value="constraint"/>
          <differential>
            <element><path value="Extension"/><max value="1"/></element>
            <element><path value="Extension.extension"/><sliceName value="reason"/><max value="*"/></element>
            <element><path value="Extension.extension.url"/><fixedUri value="reason"/></element>
            <element><path value="Extension.extension.valueReference"/>
              <type><code value="Reference"/><targetProfile value="http://hl7.org/fhir/StructureDefinition/Patient"/></type>
            </element>
            <element><path value="Extension.value[x]"/>
              <type><code value="CodeableConcept"/><profile value="http://example.org/StructureDefinition/cc"/></type>
              <binding><strength value="required"/><valueSetReference><reference value="http://example.org/ValueSet/v"/></valueSetReference></binding>
            </element>
          </differential>
        </StructureDefinition>
        """;

    private static readonly StructureDefinitionInfo Stu3 =
        StructureDefinitionReader.Read(new FhirXmlParser(Interop.Fhir.Stu3.FhirModel.Instance).Parse(Stu3Extension).Resource!);

    [Fact]
    public void Read_Stu3ElementsWithoutIds_BuildsIdsFromPathAndSliceNames()
    {
        Stu3.Differential.Select(e => e.Id).Should().Equal(
            "Extension", "Extension.extension:reason", "Extension.extension:reason.url", "Extension.extension:reason.valueReference", "Extension.value[x]");
    }

    [Fact]
    public void Read_Stu3SingleUriProfiles_AreReadAsLists()
    {
        Stu3.Differential[3].Types.Should().ContainSingle().Which.TargetProfiles.Should().Equal("http://hl7.org/fhir/StructureDefinition/Patient");
        Stu3.Differential[4].Types.Should().ContainSingle().Which.Profiles.Should().Equal("http://example.org/StructureDefinition/cc");
    }

    [Fact]
    public void Read_Stu3ValueSetReference_GivesTheBindingsValueSet()
    {
        Stu3.Differential[4].Binding.Should().Be(new BindingInfo("required", "http://example.org/ValueSet/v"));
    }

    [Fact]
    public void Read_Stu3ContextTypeAndStrings_GiveElementContexts()
    {
        Stu3.Contexts.Should().Equal(new ExtensionContextInfo("element", "Patient"), new ExtensionContextInfo("element", "Practitioner"));
    }

    [Fact]
    public void Read_FixedAndMax_AreRead()
    {
        Stu3.Differential[1].Max.Should().Be(int.MaxValue);
        Stu3.Differential[0].Max.Should().Be(1);
        Stu3.Differential[0].Min.Should().BeNull();
        Stu3.Differential[2].Fixed.Should().BeAssignableTo<IPrimitive>().Which.RawValue.Should().Be("reason");
    }

    [Fact]
    public void Read_R4Definition_ReadsContextsConstraintsAndContentReference()
    {
        var store = Interop.Fhir.Validation.Tests.Packages.Stores.R4Core;
        var questionnaire = store.FindStructureDefinition("http://hl7.org/fhir/StructureDefinition/Questionnaire")!;
        var birthPlace = store.FindStructureDefinition("http://hl7.org/fhir/StructureDefinition/patient-birthPlace")!;

        questionnaire.Snapshot.Single(e => e.Id == "Questionnaire.item.item").ContentReference.Should().Be("Questionnaire.item");
        questionnaire.Snapshot[0].Constraints.Should().Contain(c => c.Key == "que-2" && c.Expression != null);
        birthPlace.Contexts.Should().Equal(new ExtensionContextInfo("element", "Patient"));
    }
}

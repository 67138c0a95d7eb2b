using Interop.Fhir.Validation.Terminology;

namespace Interop.Fhir.Validation.Tests.Terminology;

/// <summary>Compose rules expanded over the made-up shapes code system of <c>Fixtures</c>.</summary>
public sealed class TerminologyServiceComposeTests
{
    private const string Shapes = TerminologyTestData.Shapes;

    public static TheoryData<string, string[]> FilterCases => new()
    {
        { "all-shapes", ["shape", "polygon", "triangle", "quadrilateral", "square", "rectangle", "round", "circle", "ellipse", "pentagon"] },
        { "is-a-polygon", ["polygon", "triangle", "quadrilateral", "square", "rectangle", "pentagon"] },
        { "descendent-of-polygon", ["triangle", "quadrilateral", "square", "rectangle", "pentagon"] },
        { "is-not-a-polygon", ["shape", "round", "circle", "ellipse"] },
        { "generalizes-square", ["square", "quadrilateral", "polygon", "shape"] },
        { "four-sides", ["quadrilateral", "square", "rectangle"] },
        { "in-list", ["circle", "square"] },
        { "not-in-list", ["shape", "polygon", "triangle", "quadrilateral", "rectangle", "round", "ellipse", "pentagon"] },
        { "regex-r", ["round", "rectangle"] },
        { "colour-exists", ["square"] },
        { "parent-polygon", ["triangle", "quadrilateral", "pentagon"] },
        { "polygons-with-four-sides", ["quadrilateral", "square", "rectangle"] },
        { "listed-polygons", ["square"] },
        { "round-or-polygon-but-square", ["round", "circle", "ellipse", "polygon", "triangle", "quadrilateral", "rectangle", "pentagon"] },
    };

    private static readonly string[] AllShapes = ["shape", "polygon", "triangle", "quadrilateral", "square", "rectangle", "round", "circle", "ellipse", "pentagon"];

    [Theory]
    [MemberData(nameof(FilterCases))]
    public void CheckCode_ComposeRules_SelectExactlyTheExpectedConcepts(string valueSet, string[] members)
    {
        var service = TerminologyTestData.NewService();

        var selected = AllShapes.Where(code => service.CheckCode(TerminologyTestData.FixtureValueSets + valueSet, Shapes, code) == CodeCheck.Member);

        selected.Should().BeEquivalentTo(members);
    }

    [Theory]
    [InlineData("SQUARE")]
    [InlineData("Square")]
    public void CheckCode_CaseInsensitiveCodeSystem_IgnoresCase(string code) =>
        TerminologyTestData.NewService().CheckCode(TerminologyTestData.FixtureValueSets + "is-a-polygon", Shapes, code).Should().Be(CodeCheck.Member);

    [Theory]
    [InlineData("shapes-and-snomed", Shapes, "circle", CodeCheck.Member)]
    [InlineData("shapes-and-snomed", Shapes, "hexagon", CodeCheck.NotExpandable)]
    [InlineData("shapes-and-snomed", TerminologyTestData.Snomed, "22298006", CodeCheck.NotExpandable)]
    [InlineData("shapes-but-snomed", Shapes, "circle", CodeCheck.NotExpandable)]
    [InlineData("unsupported-op", Shapes, "square", CodeCheck.NotExpandable)]
    [InlineData("cycle-a", Shapes, "circle", CodeCheck.Member)]
    [InlineData("cycle-a", Shapes, "square", CodeCheck.NotExpandable)]
    [InlineData("no-definition", Shapes, "square", CodeCheck.NotExpandable)]
    public void CheckCode_WhatCannotBeExpanded_IsNotExpandableUnlessFoundElsewhere(string valueSet, string system, string code, CodeCheck expected) =>
        TerminologyTestData.NewService().CheckCode(TerminologyTestData.FixtureValueSets + valueSet, system, code).Should().Be(expected);

    [Fact]
    public void CheckCode_StatedExpansionIsOnePage_ExpandsTheCompose() =>
        TerminologyTestData.NewService().CheckCode(TerminologyTestData.FixtureValueSets + "paged-expansion", Shapes, "square").Should().Be(CodeCheck.Member);

    [Theory]
    [InlineData("versioned-1", "b", CodeCheck.NotMember)]
    [InlineData("versioned-2", "b", CodeCheck.Member)]
    [InlineData("versioned-1", "a", CodeCheck.Member)]
    public void CheckCode_IncludePinnedToCodeSystemVersion_UsesThatVersion(string valueSet, string code, CodeCheck expected) =>
        TerminologyTestData.NewService().CheckCode(TerminologyTestData.FixtureValueSets + valueSet, "http://example.org/fhir/CodeSystem/versioned", code)
            .Should().Be(expected);

    [Theory]
    [InlineData("edition|1.0.0", "circle", CodeCheck.Member)]
    [InlineData("edition|1.0.0", "square", CodeCheck.NotMember)]
    [InlineData("edition|2.0.0", "square", CodeCheck.Member)]
    [InlineData("edition|3.0.0", "square", CodeCheck.UnknownValueSet)]
    public void CheckCode_ValueSetVersionPin_ChecksThatVersion(string valueSet, string code, CodeCheck expected) =>
        TerminologyTestData.NewService().CheckCode(TerminologyTestData.FixtureValueSets + valueSet, Shapes, code).Should().Be(expected);

    [Fact]
    public void CheckCode_ManyThreadsOnAColdService_AgreeWithOneThread()
    {
        var valueSets = FilterCases.Select(row => TerminologyTestData.FixtureValueSets + (string)row[0]).ToArray();
        var expected = valueSets.Select(v => TerminologyTestData.NewService().CheckCode(v, Shapes, "square")).ToArray();
        var shared = TerminologyTestData.NewService();

        var answers = Enumerable.Range(0, 8).AsParallel().Select(_ => valueSets.Select(v => shared.CheckCode(v, Shapes, "square")).ToArray()).ToList();

        answers.Should().AllSatisfy(a => a.Should().Equal(expected));
    }
}

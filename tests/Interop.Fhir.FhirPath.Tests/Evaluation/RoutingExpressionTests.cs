namespace Interop.Fhir.FhirPath.Tests.Evaluation;

/// <summary>The expressions routing rules are written in, over a real STU3 Update Record message.</summary>
public sealed class RoutingExpressionTests
{
    [Theory]
    [InlineData("Bundle.entry.resource.ofType(MessageHeader).event.code", "ITK014M")]
    [InlineData("Bundle.entry.resource.ofType(Bundle).entry.resource.ofType(Patient).identifier.where(system='https://fhir.nhs.uk/Id/nhs-number').value", "9449305552")]
    [InlineData("Bundle.entry.resource.ofType(MessageHeader).focus.resolve().entry.resource.ofType(Composition).subject.resolve().identifier.value", "9449305552")]
    [InlineData("Bundle.entry.resource.ofType(MessageHeader).sender.resolve().identifier.value", "FQW30")]
    [InlineData("Bundle.entry.first().resource.extension('https://fhir.nhs.uk/STU3/StructureDefinition/Extension-ITK-MessageHandling-2').extension.where(url='RecipientType').value.code", "FI")]
    [InlineData("Bundle.entry.resource.ofType(MessageHeader).focus.resolve().entry.resource.ofType(Composition).type.coding.code", "1577041000000109")]
    [InlineData("iif(Bundle.type = 'message', 'message', 'other')", "message")]
    public void Evaluate_RoutingExpressionOverMessage_FindsValue(string expression, string expected)
    {
        var result = TestResources.Stu3.Compile(expression).Evaluate(TestResources.UpdateRecordMessage);

        result.Select(Text).Should().Equal(expected);
    }

    [Theory]
    [InlineData("Bundle.entry.resource.ofType(MessageHeader).event.where(code = 'ITK014M').exists()", true)]
    [InlineData("Bundle.entry.resource.ofType(MessageHeader).event.code in ('ITK003D' | 'ITK014M')", true)]
    [InlineData("Bundle.descendants().ofType(Patient).count() = 1", true)]
    [InlineData("Bundle.entry.where(fullUrl.startsWith('urn:uuid:')).count() = Bundle.entry.count()", true)]
    [InlineData("Bundle.entry.resource.ofType(Composition).exists() and Bundle.entry.resource.ofType(Encounter).empty()", false)]
    public void IsTrue_RoutingCondition_Answers(string expression, bool expected)
    {
        TestResources.Stu3.Compile(expression).IsTrue(TestResources.UpdateRecordMessage).Should().Be(expected);
    }

    [Fact]
    public void Evaluate_SameExpressionFromManyThreads_GivesSameAnswer()
    {
        var expression = TestResources.Stu3.Compile("Bundle.descendants().ofType(Patient).identifier.value");
        var message = TestResources.UpdateRecordMessage;

        var answers = Enumerable.Range(0, 64).AsParallel().Select(_ => string.Join(",", expression.Evaluate(message).Select(Text))).Distinct().ToList();

        answers.Should().ContainSingle().Which.Should().Contain("9449305552");
    }

    [Fact]
    public void Compile_SameTextTwice_ReturnsCachedExpression()
    {
        var compiler = new FhirPathCompiler(Interop.Fhir.Stu3.FhirModel.Instance);

        compiler.Compile("Bundle.id").Should().BeSameAs(compiler.Compile("Bundle.id"));
    }

    private static string? Text(object item) => item is IPrimitive primitive ? primitive.RawValue : item.ToString();
}

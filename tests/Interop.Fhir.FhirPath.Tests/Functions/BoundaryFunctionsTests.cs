namespace Interop.Fhir.FhirPath.Tests.Functions;

public class BoundaryFunctionsTests
{
    [Theory]
    [InlineData("1.58700.precision()", "5")]
    [InlineData("@2014.precision()", "4")]
    [InlineData("@2014-01-05T10:30:00.000.precision()", "17")]
    [InlineData("@T10:30.precision()", "4")]
    [InlineData("1.587.lowBoundary()", "1.58650000")]
    [InlineData("1.587.lowBoundary(2)", "1.58")]
    [InlineData("1.587.highBoundary(2)", "1.59")]
    [InlineData("1.587.lowBoundary({})", "1.58650000")]
    [InlineData("1.587.lowBoundary(-1)", "{}")]
    [InlineData("1.587 'cm'.highBoundary(8)", "1.58750000 'cm'")]
    [InlineData("@2014.highBoundary(6)", "@2014-12")]
    [InlineData("@T10:30.lowBoundary(9)", "@T10:30:00.000")]
    [InlineData("{}.lowBoundary()", "{}")]
    [InlineData("1 'cm'.comparable(1 '[in_i]')", "true")]
    [InlineData("1 'cm'.comparable(1 's')", "false")]
    [InlineData("1 'cm'.comparable({})", "{}")]
    public void Evaluate_BoundaryFunction_FollowsTheSpec(string expression, string expected) =>
        FunctionResults.Evaluate(expression).Should().Be(expected);

    [Theory]
    [InlineData("'1.5'.precision()")]
    [InlineData("'1.5'.lowBoundary()")]
    [InlineData("true.highBoundary()")]
    [InlineData("'cm'.comparable(1 'cm')")]
    public void Evaluate_NonNumericInput_FailsWithWrongOperandType(string expression) =>
        FunctionResults.ErrorOf(expression).Should().Be(FhirPathErrorCodes.WrongOperandType);
}

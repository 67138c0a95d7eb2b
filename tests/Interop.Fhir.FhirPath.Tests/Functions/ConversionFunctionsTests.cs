using Interop.Fhir.R4;

namespace Interop.Fhir.FhirPath.Tests.Functions;

public class ConversionFunctionsTests
{
    [Theory]
    [InlineData("'yes'.toBoolean()", "true")]
    [InlineData("0.toBoolean()", "false")]
    [InlineData("2.toBoolean()", "{}")]
    [InlineData("'1'.toInteger()", "1")]
    [InlineData("'1.1'.toInteger()", "{}")]
    [InlineData("true.toInteger()", "1")]
    [InlineData("'123'.toLong()", "123L")]
    [InlineData("'1.10'.toDecimal()", "1.10")]
    [InlineData("true.toDecimal()", "1.0")]
    [InlineData("1.0.toString()", "'1.0'")]
    [InlineData("1 'wk'.toString()", "'1 'wk''")]
    [InlineData("'2015-02'.toDate()", "@2015-02")]
    [InlineData("'2015-02-04T14:34'.toDateTime()", "@2015-02-04T14:34")]
    [InlineData("'14:34:28'.toTime()", "@T14:34:28")]
    [InlineData("'1 day'.toQuantity()", "1 day")]
    [InlineData("1.toQuantity()", "1 '1'")]
    [InlineData("{}.toInteger()", "{}")]
    public void Evaluate_To_ConvertsOrIsEmpty(string expression, string expected) =>
        FunctionResults.Evaluate(expression).Should().Be(expected);

    [Theory]
    [InlineData("'False'.convertsToBoolean()", "true")]
    [InlineData("2.convertsToBoolean()", "false")]
    [InlineData("'a'.convertsToInteger()", "false")]
    [InlineData("'1'.convertsToLong()", "true")]
    [InlineData("'1.a'.convertsToDecimal()", "false")]
    [InlineData("@2014.convertsToString()", "true")]
    [InlineData("'2015-02-04'.convertsToDate()", "true")]
    [InlineData("'14:34'.convertsToTime()", "true")]
    [InlineData("'not a datetime'.convertsToDateTime()", "false")]
    [InlineData("'1 wk'.convertsToQuantity()", "false")]
    [InlineData("'1 \\'wk\\''.convertsToQuantity()", "true")]
    [InlineData("{}.convertsToString()", "{}")]
    public void Evaluate_ConvertsTo_SaysWhetherToWould(string expression, string expected) =>
        FunctionResults.Evaluate(expression).Should().Be(expected);

    [Fact]
    public void Evaluate_FhirElements_ConvertByTheirValue()
    {
        var patient = new Patient { BirthDate = new Date("1974-12-25"), Name = [new HumanName { Family = new FhirString("Chalmers") }] };

        FunctionResults.Evaluate("Patient.birthDate.toString()", patient).Should().Be("'1974-12-25'");
        FunctionResults.Evaluate("Patient.birthDate.toDateTime()", patient).Should().Be("@1974-12-25");
        FunctionResults.Evaluate("Patient.name.convertsToString()", patient).Should().Be("false");
        FunctionResults.Evaluate("Patient.name.toString()", patient).Should().Be("{}");
    }

    [Fact]
    public void Evaluate_SeveralItems_FailsWithSingletonExpected() =>
        FunctionResults.ErrorOf("(1 | 2).toString()").Should().Be(FhirPathErrorCodes.SingletonExpected);
}

using System.Text.RegularExpressions;
using Interop.Fhir.Introspection;

namespace Interop.Fhir.Tests.Introspection;

public class LexicalCheckTests
{
    private static readonly string[] Samples =
    [
        "", " ", "a", "ab", "a b", "a  b", " a", "a ", "a\tb", "a\nb", "a\u00A0b", "\u00A0", "final", "Patient/123",
        "abc-.9", new string('x', 64), new string('x', 65), "has_underscore", "http://x.org/a b", "http://x.org/a",
        "1", "-1", "01", "1.50", "1e2", "true", "yes", "2020", "2020-02", "2020-02-30", "2020-13-01",
        "2015-02-07T13:28:17.239+02:00", "2015-02-07T13:28:17Z", "25:00:00", "10:30:00", "urn:oid:1.2.3",
        "urn:uuid:c757873d-ec9a-4326-a141-556f43239520", "aGVsbG8=", "aGVsbG8", "ab\r\ncd",
        "0", "-0", "00", "-01", "+1", "-", "10", "1a", "2147483648", "false", "True", "truefalse",
    ];

    public static TheoryData<string, string> PrimitiveTypes()
    {
        var data = new TheoryData<string, string>();
        foreach (var model in new ModelInfo[] { Interop.Fhir.R4.FhirModel.Instance, Interop.Fhir.Stu3.FhirModel.Instance })
        {
            foreach (var type in model.Types.Where(t => t.Kind == ClassKind.Primitive && t.ValuePattern is not null && t.Name != "base64Binary"))
            {
                data.Add(model.FhirVersion, type.Name);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PrimitiveTypes))]
    public void IsValidValue_AnySample_AgreesWithTheDefinitionsRegex(string fhirVersion, string typeName)
    {
        ModelInfo model = fhirVersion.StartsWith('4') ? Interop.Fhir.R4.FhirModel.Instance : Interop.Fhir.Stu3.FhirModel.Instance;
        var type = model.FindClass(typeName)!;
        var regex = new Regex($"^(?:{XsdPattern.ToDotNet(type.ValuePattern!)})$", RegexOptions.CultureInvariant);

        foreach (var sample in Samples)
        {
            type.IsValidValue(sample).Should().Be(regex.IsMatch(sample), $"{typeName} on \"{sample}\"");
            type.IsValidValue(System.Text.Encoding.UTF8.GetBytes(sample)).Should().Be(regex.IsMatch(sample), $"{typeName} on the UTF-8 of \"{sample}\"");
        }
    }

    [Fact]
    public void IsValidValue_FirstUseOnManyThreadsAtOnce_NeverSeesHalfACheck()
    {
        // A type builds its check on first use; threads racing to that first use must each get a whole one.
        for (var round = 0; round < 200; round++)
        {
            var type = new ClassMapping("integer", ClassKind.Primitive, null, null, static () => []) { ValuePattern = "-?([0]|([1-9][0-9]*))" };
            using var start = new Barrier(4);
            var answers = new bool[4];
            Parallel.For(0, answers.Length, new ParallelOptions { MaxDegreeOfParallelism = answers.Length }, i =>
            {
                start.SignalAndWait();
                answers[i] = i % 2 == 0 ? type.IsValidValue("-12") : type.IsValidValue("-12"u8);
            });

            answers.Should().AllBeEquivalentTo(true);
        }
    }

    [Theory]
    [InlineData("a\u00A0b", true)]
    [InlineData("a b", true)]
    [InlineData("a  b", false)]
    [InlineData(" a", false)]
    public void IsValidValue_Code_TreatsOnlyXmlSchemaWhitespaceAsWhitespace(string code, bool valid)
    {
        Interop.Fhir.R4.FhirModel.Instance.FindClass("code")!.IsValidValue(code).Should().Be(valid);
    }

    [Fact]
    public void ToDotNet_ClassWithNonWhitespace_BecomesAnyCharacter()
    {
        XsdPattern.ToDotNet(@"[ \r\n\t\S]+").Should().Be(@"[\s\S]+");
        XsdPattern.ToDotNet(@"\S*").Should().Be(@"[^ \t\n\r]*");
    }
}

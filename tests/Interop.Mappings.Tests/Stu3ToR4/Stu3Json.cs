using FluentAssertions;
using Interop.Fhir.Serialization.Json;
using Interop.Mappings.Stu3ToR4;

namespace Interop.Mappings.Tests.Stu3ToR4;

/// <summary>Converts an STU3 resource written as JSON in a test.</summary>
internal static class Stu3Json
{
    /// <summary>Parses <paramref name="json"/> with the STU3 model (it must parse cleanly) and converts it.</summary>
    public static ConversionResult Convert(string json)
    {
        var parsed = new FhirJsonParser(Interop.Fhir.Stu3.FhirModel.Instance).Parse(json);
        parsed.Issues.Should().BeEmpty("the test's STU3 JSON must be valid STU3");
        return Stu3ToR4Converter.Convert(parsed.Resource!);
    }

    /// <summary>Converts and returns the R4 resource as <typeparamref name="T"/>.</summary>
    public static T Convert<T>(string json)
        where T : Interop.Fhir.Base => Convert(json).Resource.Should().BeOfType<T>().Subject;

    /// <summary>The issues' codes with the last element of their paths (<c>CNV001@onBehalfOf</c>).</summary>
    public static IEnumerable<string> Codes(ConversionResult result) =>
        result.Issues.Select(i => $"{i.Code}@{i.Path[(i.Path.LastIndexOf('.') + 1)..]}");
}

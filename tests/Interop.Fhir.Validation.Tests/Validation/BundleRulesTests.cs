using Interop.Fhir.Validation.Validation;
using static Interop.Fhir.Validation.Tests.Validation.CoreValidation;

namespace Interop.Fhir.Validation.Tests.Validation;

/// <summary>The Bundle rules on fullUrls and search results, over the core R4 Bundle definition.</summary>
public sealed class BundleRulesTests
{
    [Theory]
    [InlineData("collection", 1)]
    [InlineData("message", 1)]
    [InlineData("transaction", 0)]
    [InlineData("batch", 0)]
    public void Validate_EntryWithoutFullUrl_IsAnErrorOutsideTransactionsAndBatches(string type, int expected)
    {
        var bundle = $$"""{"resourceType": "Bundle", "type": "{{type}}", "entry": [{"resource": {"resourceType": "Basic", "id": "b"} }]}""";

        Where(bundle, ValidationCodes.EntryWithoutFullUrl).Should().HaveCount(expected).And.AllBe("Bundle.entry[0]");
    }

    [Theory]
    [InlineData("http://server/fhir/Patient/1", "\"resourceType\": \"Patient\", \"id\": \"1\"", 0)]
    [InlineData("http://server/fhir/Patient/1", "\"resourceType\": \"Patient\", \"id\": \"2\"", 1)]
    [InlineData("http://server/fhir/Patient/1", "\"resourceType\": \"Patient\", \"active\": true", 1)]
    [InlineData("http://server/fhir/Patient/1", "\"resourceType\": \"Person\", \"id\": \"1\"", 1)]
    [InlineData("urn:uuid:0d3f6e4a-63b2-4c7b-9d47-7f6c6d0d6f11", "\"resourceType\": \"Patient\", \"active\": true", 0)]
    [InlineData("https://server/fhir/metadata", "\"resourceType\": \"Patient\", \"active\": true", 0)]
    public void Validate_RestfulFullUrl_MustEndWithTheResourcesTypeAndId(string fullUrl, string resource, int expected)
    {
        var bundle = $$"""{"resourceType": "Bundle", "type": "collection", "entry": [{"fullUrl": "{{fullUrl}}", "resource": { {{resource}} } }]}""";

        Where(bundle, ValidationCodes.FullUrlDisagreesWithResource).Should().HaveCount(expected).And.AllBe("Bundle.entry[0]");
    }

    [Theory]
    [InlineData("\"resourceType\": \"OperationOutcome\", \"issue\": [{\"severity\": \"error\", \"code\": \"invalid\"}]", null, 0)]
    [InlineData("\"resourceType\": \"OperationOutcome\", \"issue\": [{\"severity\": \"error\", \"code\": \"invalid\"}]", "match", 1)]
    [InlineData("\"resourceType\": \"Patient\", \"active\": true", null, 1)]
    [InlineData("\"resourceType\": \"Patient\", \"active\": true", "outcome", 0)]
    public void Validate_SearchResultWithoutId_IsAnErrorUnlessAnOutcome(string resource, string? mode, int expected)
    {
        var search = mode is null ? "" : $$""", "search": {"mode": "{{mode}}"}""";
        var bundle = $$"""
            {"resourceType": "Bundle", "type": "searchset", "total": 1,
             "entry": [{"fullUrl": "urn:uuid:6a4e5f52-3f0b-4d8e-9d5a-2c1b7e0f9a10", "resource": { {{resource}} }{{search}}}]}
            """;

        Where(bundle, ValidationCodes.SearchResultWithoutId).Should().HaveCount(expected).And.AllBe("Bundle.entry[0].resource");
    }
}

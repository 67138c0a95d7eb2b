using Interop.Functions.Fhir;
using Microsoft.AspNetCore.Http;

namespace Interop.Functions.Tests.Fhir;

public sealed class FhirFormatNegotiatorTests
{
    private static bool Negotiate(string? accept, string? query, out FhirFormat format)
    {
        var context = new DefaultHttpContext();
        if (accept is not null)
        {
            context.Request.Headers.Accept = accept;
        }

        if (query is not null)
        {
            context.Request.QueryString = new QueryString(query);
        }

        return FhirFormatNegotiator.TryNegotiate(context.Request, out format);
    }

    [Theory]
    [InlineData(null, nameof(FhirFormat.Json))]
    [InlineData("*/*", nameof(FhirFormat.Json))]
    [InlineData("application/*", nameof(FhirFormat.Json))]
    [InlineData("application/fhir+json", nameof(FhirFormat.Json))]
    [InlineData("application/json", nameof(FhirFormat.Json))]
    [InlineData("application/fhir+xml", nameof(FhirFormat.Xml))]
    [InlineData("application/xml", nameof(FhirFormat.Xml))]
    [InlineData("text/xml", nameof(FhirFormat.Xml))]
    [InlineData("APPLICATION/FHIR+XML; fhirVersion=4.0", nameof(FhirFormat.Xml))]
    [InlineData("text/html, application/xml;q=0.9, */*;q=0.8", nameof(FhirFormat.Xml))]
    [InlineData("application/fhir+json;q=0.4, application/fhir+xml", nameof(FhirFormat.Xml))]
    [InlineData("application/fhir+xml;q=0, application/fhir+json;q=0.1", nameof(FhirFormat.Json))]
    public void TryNegotiate_AcceptHeader_PicksTheBestSupportedFormat(string? accept, string expected)
    {
        Negotiate(accept, null, out var format).Should().BeTrue();
        format.ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("text/html, image/png")]
    [InlineData("application/fhir+json;q=0")]
    public void TryNegotiate_OnlyUnsupportedAccepted_Fails(string accept)
    {
        Negotiate(accept, null, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("?_format=json", nameof(FhirFormat.Json))]
    [InlineData("?_format=XML", nameof(FhirFormat.Xml))]
    [InlineData("?_format=application/fhir%2Bjson", nameof(FhirFormat.Json))]
    [InlineData("?_format=application/fhir+xml", nameof(FhirFormat.Xml))]
    [InlineData("?_format=application/json", nameof(FhirFormat.Json))]
    [InlineData("?_format=text/xml", nameof(FhirFormat.Xml))]
    [InlineData("?_format=", nameof(FhirFormat.Xml))]
    public void TryNegotiate_FormatParameter_TakesPrecedenceOverAccept(string query, string expected)
    {
        Negotiate("application/fhir+xml", query, out var format).Should().BeTrue();
        format.ToString().Should().Be(expected);
    }

    [Theory]
    [InlineData("?_format=ttl")]
    [InlineData("?_format=*/*")]
    [InlineData("?_format=text/plain")]
    public void TryNegotiate_UnsupportedFormatParameter_FailsEvenIfAcceptWouldDo(string query)
    {
        Negotiate("application/fhir+json", query, out _).Should().BeFalse();
    }
}

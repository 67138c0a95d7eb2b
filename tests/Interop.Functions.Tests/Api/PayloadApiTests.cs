namespace Interop.Functions.Tests.Api;

/// <summary><c>GET /api/messages/{id}/payload</c> and <c>/outputs</c>: masked by default, revealed only with an audit entry.</summary>
public sealed class PayloadApiTests(ConsoleApiHost console) : IClassFixture<ConsoleApiHost>
{
    // The sample Update Record's patient: NHS number, family name and birth date.
    private static readonly string[] PatientDetails = ["9449305552", "TESTPATIENT", "1980-01-01"];

    [Fact]
    public async Task Payload_Default_IsPrettyPrintedXmlWithoutPatientDetails()
    {
        var id = await console.SendUpdateRecordAsync("delivered");

        var payload = await console.OperatorAsync(HttpMethod.Get, $"api/messages/{id}/payload");

        payload.GetProperty("contentType").GetString().Should().Be("application/fhir+xml");
        payload.GetProperty("format").GetString().Should().Be("xml");
        payload.GetProperty("masked").GetBoolean().Should().BeTrue();
        payload.GetProperty("body").GetString().Should().NotContainAny(PatientDetails).And.Contain("<family value=\"*****\" />").And.Contain("\n  <");
        (await console.AuditAsync(id)).Should().BeEmpty("nothing was revealed");
    }

    [Fact]
    public async Task Payload_Revealed_ShowsPatientDetailsAndIsAuditedWithTheOperator()
    {
        var id = await console.SendUpdateRecordAsync("delivered");

        var payload = await console.OperatorAsync(HttpMethod.Get, $"api/messages/{id}/payload?reveal=true");

        payload.GetProperty("masked").GetBoolean().Should().BeFalse();
        payload.GetProperty("body").GetString().Should().ContainAll(PatientDetails);
        var entry = (await console.AuditAsync(id)).Should().ContainSingle().Subject;
        entry.GetProperty("actor").GetString().Should().Be("demo-operator");
        entry.GetProperty("action").GetString().Should().Be("reveal");
        entry.GetProperty("detail").GetString().Should().Be("payload");
    }

    [Fact]
    public async Task Outputs_Default_ShowWhatTheGpSystemGetsWithoutPatientDetails()
    {
        var id = await console.SendUpdateRecordAsync("delivered");

        var outputs = await console.OperatorAsync(HttpMethod.Get, $"api/messages/{id}/outputs");

        var output = outputs.GetProperty("items").EnumerateArray().Should().ContainSingle().Subject;
        output.GetProperty("destination").GetString().Should().Be("gp-a81001");
        output.GetProperty("contentType").GetString().Should().StartWith("application/fhir+xml");
        output.GetProperty("bytes").GetInt32().Should().BePositive();
        output.GetProperty("masked").GetBoolean().Should().BeTrue();
        output.GetProperty("body").GetString().Should().StartWith("<?xml").And.NotContainAny(PatientDetails);
    }

    [Fact]
    public async Task Outputs_Revealed_ShowPatientDetailsAndAreAudited()
    {
        var id = await console.SendUpdateRecordAsync("delivered");

        var outputs = await console.OperatorAsync(HttpMethod.Get, $"api/messages/{id}/outputs?reveal=true");

        var output = outputs.GetProperty("items")[0];
        output.GetProperty("masked").GetBoolean().Should().BeFalse();
        output.GetProperty("body").GetString().Should().ContainAll(PatientDetails);
        var entry = (await console.AuditAsync(id)).Should().ContainSingle().Subject;
        (entry.GetProperty("action").GetString(), entry.GetProperty("detail").GetString(), entry.GetProperty("actor").GetString())
            .Should().Be(("reveal", "outputs", "demo-operator"));
    }
}

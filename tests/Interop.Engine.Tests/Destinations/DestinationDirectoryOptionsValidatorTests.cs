using Interop.Engine.Destinations;

namespace Interop.Engine.Tests.Destinations;

public sealed class DestinationDirectoryOptionsValidatorTests
{
    [Fact]
    public void Validate_WellFormedDirectory_Succeeds()
    {
        var result = Validate(Gp("gp-a81001", "A81001"), Gp("gp-a81002", "A81002"), Gp("mailbox-a81001", "A81001", kind: "sender-mailbox"));

        result.Succeeded.Should().BeTrue(string.Join("; ", result.Failures ?? []));
    }

    [Fact]
    public void Validate_EmptyDirectory_Succeeds()
    {
        Validate().Succeeded.Should().BeTrue();
    }

    [Theory]
    [InlineData("")]
    [InlineData("gp a81001")]
    [InlineData("gp/a81001")]
    public void Validate_BadId_FailsWithInvalidId(string id)
    {
        Codes(Validate(Gp(id, "A81001"))).Should().Equal(DestinationErrorCodes.InvalidId);
    }

    [Fact]
    public void Validate_SameIdTwiceInAnyCase_FailsWithDuplicateId()
    {
        Codes(Validate(Gp("gp-a81001", "A81001"), Gp("GP-A81001", "A81002"))).Should().Equal(DestinationErrorCodes.DuplicateId);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/fhir")]
    [InlineData("ftp://gp.example/fhir")]
    [InlineData("not a url")]
    public void Validate_BadUrl_FailsWithInvalidUrl(string url)
    {
        Codes(Validate(Gp("gp-a81001", "A81001", url: url))).Should().Equal(DestinationErrorCodes.InvalidUrl);
    }

    [Fact]
    public void Validate_UnknownFhirVersion_FailsWithUnknownFhirVersion()
    {
        Codes(Validate(Gp("gp-a81001", "A81001", fhirVersion: "R5"))).Should().Equal(DestinationErrorCodes.UnknownFhirVersion);
    }

    [Fact]
    public void Validate_UnknownFormat_FailsWithUnknownFormat()
    {
        Codes(Validate(Gp("gp-a81001", "A81001", format: "turtle"))).Should().Equal(DestinationErrorCodes.UnknownFormat);
    }

    [Fact]
    public void Validate_UnknownKind_FailsWithUnknownKind()
    {
        Codes(Validate(Gp("gp-a81001", "A81001", kind: "hospital"))).Should().Equal(DestinationErrorCodes.UnknownKind);
    }

    [Fact]
    public void Validate_OdsCodeServedByTwoDestinationsOfOneKind_FailsWithAmbiguousOdsCode()
    {
        Codes(Validate(Gp("gp-a81001", "A81001"), Gp("gp-a81001-new", "a81001"))).Should().Equal(DestinationErrorCodes.AmbiguousOdsCode);
    }

    [Fact]
    public void Validate_OdsCodeListedTwiceByOneDestination_Succeeds()
    {
        var destination = new DestinationOptions { Id = "gp-a81001", Url = "https://gp.example.nhs.uk/fhir", Kind = "gp-system", OdsCodes = ["A81001", "A81001"] };

        Validate(destination).Succeeded.Should().BeTrue();
    }

    [Fact]
    public void Validate_BlankOdsCode_FailsWithInvalidOdsCode()
    {
        Codes(Validate(Gp("gp-a81001", " "))).Should().Equal(DestinationErrorCodes.InvalidOdsCode);
    }

    [Theory]
    [InlineData("bearer", null, null)]
    [InlineData("bearer", "/run/secrets/token", "GP_TOKEN")]
    [InlineData("none", "/run/secrets/token", null)]
    [InlineData("basic", null, null)]
    public void Validate_InconsistentAuth_FailsWithInvalidAuth(string mode, string? tokenFile, string? variable)
    {
        var destination = Gp("gp-a81001", "A81001", auth: new DestinationAuthOptions { Mode = mode, TokenFile = tokenFile, TokenEnvironmentVariable = variable });

        Codes(Validate(destination)).Should().Equal(DestinationErrorCodes.InvalidAuth);
    }

    [Fact]
    public void Validate_BearerWithOneTokenSource_Succeeds()
    {
        var destination = Gp("gp-a81001", "A81001", auth: new DestinationAuthOptions { Mode = "bearer", TokenEnvironmentVariable = "GP_TOKEN" });

        Validate(destination).Succeeded.Should().BeTrue();
    }

    public static TheoryData<DestinationOptions> OutOfRange => new()
    {
        With(Gp("gp-a81001", "A81001"), timeout: TimeSpan.Zero),
        With(Gp("gp-a81001", "A81001"), retry: new DestinationRetryOptions { MaxAttempts = 0 }),
        With(Gp("gp-a81001", "A81001"), retry: new DestinationRetryOptions { BaseDelay = TimeSpan.FromSeconds(10), MaxDelay = TimeSpan.FromSeconds(1) }),
        With(Gp("gp-a81001", "A81001"), breaker: new DestinationCircuitBreakerOptions { FailureRatio = 0 }),
        With(Gp("gp-a81001", "A81001"), breaker: new DestinationCircuitBreakerOptions { MinimumThroughput = 1 }),
        With(Gp("gp-a81001", "A81001"), breaker: new DestinationCircuitBreakerOptions { BreakDuration = TimeSpan.FromMilliseconds(100) }),
    };

    [Theory]
    [MemberData(nameof(OutOfRange))]
    public void Validate_ResilienceSettingOutOfRange_FailsWithInvalidResilience(DestinationOptions destination)
    {
        Codes(Validate(destination)).Should().Equal(DestinationErrorCodes.InvalidResilience);
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEachNamingTheDestination()
    {
        var result = Validate(Gp("gp-a81001", "A81001", url: "nope", format: "csv"));

        Codes(result).Should().Equal(DestinationErrorCodes.InvalidUrl, DestinationErrorCodes.UnknownFormat);
        result.Failures.Should().OnlyContain(f => f.Contains("'gp-a81001'", StringComparison.Ordinal));
    }

    private static Microsoft.Extensions.Options.ValidateOptionsResult Validate(params DestinationOptions[] destinations) =>
        new DestinationDirectoryOptionsValidator().Validate(null, new DestinationDirectoryOptions { Destinations = [.. destinations] });

    private static IEnumerable<string> Codes(Microsoft.Extensions.Options.ValidateOptionsResult result) =>
        (result.Failures ?? []).Select(failure => failure[..failure.IndexOf(':', StringComparison.Ordinal)]);

    private static DestinationOptions Gp(
        string id,
        string odsCode,
        string url = "https://gp.example.nhs.uk/fhir",
        string fhirVersion = "R4",
        string format = "json",
        string kind = "gp-system",
        DestinationAuthOptions? auth = null) =>
        new()
        {
            Id = id,
            Url = url,
            FhirVersion = fhirVersion,
            Format = format,
            Kind = kind,
            OdsCodes = [odsCode],
            Auth = auth ?? new DestinationAuthOptions(),
        };

    private static DestinationOptions With(
        DestinationOptions destination,
        TimeSpan? timeout = null,
        DestinationRetryOptions? retry = null,
        DestinationCircuitBreakerOptions? breaker = null) =>
        new()
        {
            Id = destination.Id,
            Url = destination.Url,
            Kind = destination.Kind,
            OdsCodes = destination.OdsCodes,
            Timeout = timeout ?? destination.Timeout,
            Retry = retry ?? destination.Retry,
            CircuitBreaker = breaker ?? destination.CircuitBreaker,
        };
}

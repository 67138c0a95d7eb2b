using System.Security.Claims;
using Interop.Functions.Security;
using Microsoft.Extensions.Options;

namespace Interop.Functions.Tests.Security;

public sealed class SenderAuthorizationTests
{
    private readonly SenderAuthorization _authorization = new(new ClientDirectory(Options.Create(new InteropSecurityOptions
    {
        Clients = new()
        {
            ["demo-trust"] = new() { Role = "sender", SenderOds = ["RBT"], Events = ["ITK003D", "transaction", "batch"] },
            ["demo-operator"] = new() { Role = "operator" },
        },
    })));

    [Theory]
    [InlineData("RBT", "ITK003D")]
    [InlineData("rbt", "transaction")]
    [InlineData(null, "batch")]
    public void Authorize_AllowedSenderAndEvent_IsAllowed(string? senderOds, string eventCode)
    {
        var result = _authorization.Authorize(Principal("demo-trust"), senderOds, eventCode);

        result.IsAllowed.Should().BeTrue();
        result.ReasonCode.Should().BeNull();
        result.Client!.Name.Should().Be("demo-trust");
    }

    [Fact]
    public void Authorize_OdsTheClientMayNotSendAs_IsRefusedForSenderOds()
    {
        var result = _authorization.Authorize(Principal("demo-trust"), "FQW30", "ITK003D");

        result.IsAllowed.Should().BeFalse();
        result.ReasonCode.Should().Be(SecurityReasonCodes.SenderOds);
        result.IsUnauthenticated.Should().BeFalse();
    }

    [Theory]
    [InlineData("ITK014M")]
    [InlineData("itk003d")]
    [InlineData(null)]
    public void Authorize_EventTheClientMayNotSend_IsRefusedForEvent(string? eventCode)
    {
        var result = _authorization.Authorize(Principal("demo-trust"), "RBT", eventCode);

        result.ReasonCode.Should().Be(SecurityReasonCodes.Event);
    }

    [Fact]
    public void Authorize_Operator_IsRefusedForRole()
    {
        var result = _authorization.Authorize(Principal("demo-operator"), "RBT", "ITK003D");

        result.ReasonCode.Should().Be(SecurityReasonCodes.NotSender);
        result.Client!.Role.Should().Be(ClientRole.Operator);
    }

    [Fact]
    public void Authorize_UnconfiguredClient_IsRefusedAsUnknown()
    {
        var result = _authorization.Authorize(Principal("demo-stranger"), "RBT", "ITK003D");

        result.ReasonCode.Should().Be(SecurityReasonCodes.UnknownClient);
        result.Client.Should().BeNull();
    }

    [Fact]
    public void Authorize_Unauthenticated_IsRefusedAsUnauthenticated()
    {
        var anonymous = new ClaimsPrincipal(new ClaimsIdentity([new Claim("client_id", "demo-trust")]));

        var result = _authorization.Authorize(anonymous, "RBT", "ITK003D");

        result.ReasonCode.Should().Be(SecurityReasonCodes.Unauthenticated);
        result.IsUnauthenticated.Should().BeTrue();
    }

    private static ClaimsPrincipal Principal(string clientId) =>
        new(new ClaimsIdentity([new Claim("client_id", clientId)], authenticationType: "Bearer"));
}

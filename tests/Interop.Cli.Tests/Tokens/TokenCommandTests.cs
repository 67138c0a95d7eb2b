using Interop.Engine.Security;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Interop.Cli.Tests.Tokens;

public sealed class TokenCommandTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 9, 30, 15, TimeSpan.Zero);

    private readonly TempDirectory _keys = new();

    public void Dispose() => _keys.Dispose();

    [Fact]
    public void Token_Client_PrintsEs256TokenForTheClientWithHostDefaults()
    {
        var run = Run("token", "--client", "demo-pharmacy", "--key-dir", _keys.Path);

        run.ExitCode.Should().Be(ExitCodes.Success);
        var token = new JsonWebToken(run.Output.Trim());
        token.Alg.Should().Be("ES256");
        token.Issuer.Should().Be(DevTokenDefaults.Issuer);
        token.Audiences.Should().Equal(DevTokenDefaults.Audience);
        token.GetClaim("client_id").Value.Should().Be("demo-pharmacy");
        token.Subject.Should().Be("demo-pharmacy");
        token.ValidFrom.Should().Be(Now.UtcDateTime);
        token.ValidTo.Should().Be(Now.UtcDateTime.AddHours(1));
    }

    [Fact]
    public async Task Token_Printed_VerifiesWithTheDevKeyInTheFolder()
    {
        var run = Run("token", "--client", "demo-gp", "--key-dir", _keys.Path, "--lifetime", "30m", "--issuer", "iss-x", "--audience", "aud-y");
        using var key = DevKeyStore.LoadOrCreate(_keys.Path);

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(run.Output.Trim(), new TokenValidationParameters
        {
            ValidIssuer = "iss-x",
            ValidAudience = "aud-y",
            IssuerSigningKey = new ECDsaSecurityKey(key),
            ValidateLifetime = false,
        });

        result.IsValid.Should().BeTrue();
        ((JsonWebToken)result.SecurityToken).ValidTo.Should().Be(Now.UtcDateTime.AddMinutes(30));
    }

    [Fact]
    public void Token_TwoRuns_SignWithOneKeyAndDifferInTokenId()
    {
        var firstRun = Run("token", "--client", "demo-trust", "--key-dir", _keys.Path);
        var secondRun = Run("token", "--client", "demo-trust", "--key-dir", _keys.Path);

        firstRun.ExitCode.Should().Be(ExitCodes.Success, firstRun.Error);
        secondRun.ExitCode.Should().Be(ExitCodes.Success, secondRun.Error);
        var first = new JsonWebToken(firstRun.Output.Trim());
        var second = new JsonWebToken(secondRun.Output.Trim());

        second.Kid.Should().Be(first.Kid).And.NotBeNullOrEmpty();
        second.Id.Should().NotBe(first.Id);
    }

    [Theory]
    [InlineData("--lifetime", "forever")]
    [InlineData("--lifetime", "3d")]
    [InlineData("--client", " ")]
    public void Token_BadOption_IsUsageError(string option, string value)
    {
        var args = new List<string> { "token", "--key-dir", _keys.Path };
        if (option != "--client")
        {
            args.AddRange(["--client", "demo-gp"]);
        }

        args.AddRange([option, value]);

        var run = Run([.. args]);

        run.ExitCode.Should().Be(ExitCodes.Usage);
        run.Output.Should().BeEmpty();
    }

    [Fact]
    public void Token_NoClient_IsUsageError()
    {
        Run("token", "--key-dir", _keys.Path).ExitCode.Should().Be(ExitCodes.Usage);
    }

    private static CliRun Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = InteropCli.Run(args, output, error, new StoppedClock(Now));
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    private sealed class StoppedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}

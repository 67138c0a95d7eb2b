using System.Text;
using Interop.Engine.Messages;

namespace Interop.Engine.Tests.Messages;

public sealed class ParsedPayloadsTests
{
    private static readonly byte[] Patient = Encoding.UTF8.GetBytes("""{"resourceType":"Patient","id":"p1"}""");

    [Fact]
    public void For_SameMessageTwice_ParsesOnceAndSharesTheModel()
    {
        var payloads = new ParsedPayloads();
        var message = Message();

        var first = payloads.For(message, Patient).Parsed;
        var second = payloads.For(message, Encoding.UTF8.GetBytes("""{"resourceType":"Patient","id":"other"}""")).Parsed;

        second.Should().BeSameAs(first, "a stored payload never changes, so the second step gets the first step's model");
    }

    [Fact]
    public void For_Stu3MessageTwice_ConvertsToR4OnceAndSharesTheConversion()
    {
        var payloads = new ParsedPayloads();
        var message = Message() with { FhirVersion = FhirVersions.Stu3 };

        var first = payloads.For(message, Patient).R4;
        var second = payloads.For(message, Patient).R4;

        first.Resource.Should().BeOfType<Interop.Fhir.R4.Patient>().Which.Id!.Value.Should().Be("p1");
        second.Should().BeSameAs(first, "each delivery of a message needing R4 gets the one conversion");
    }

    [Fact]
    public void For_ManyThreadsAtOnce_AllGetTheSameModels()
    {
        var payloads = new ParsedPayloads();
        var message = Message() with { FhirVersion = FhirVersions.Stu3 };

        var results = Enumerable.Range(0, 16).AsParallel().WithDegreeOfParallelism(8).Select(_ => payloads.For(message, Patient)).ToList();

        results.Select(m => m.Parsed).Distinct().Should().ContainSingle();
        results.Select(m => m.R4).Distinct().Should().ContainSingle();
    }

    [Fact]
    public void Keep_ModelParsedAtTheDoor_GivenToTheStepsWithoutParsingAgain()
    {
        var payloads = new ParsedPayloads();
        var message = Message();
        var atTheDoor = new Interop.Fhir.R4.Patient();

        payloads.Keep(message.Id, atTheDoor);

        payloads.For(message, "not json"u8.ToArray()).Parsed.Should().BeSameAs(atTheDoor);
    }

    [Fact]
    public void For_ManyMessages_KeepsOnlyTheLatestSixtyFour()
    {
        var payloads = new ParsedPayloads();
        var oldest = Message();
        var model = payloads.For(oldest, Patient).Parsed;
        var later = Enumerable.Range(0, 64).Select(_ => Message()).ToList();
        var latestModels = later.Select(m => payloads.For(m, Patient).Parsed).ToList();

        payloads.For(oldest, Patient).Parsed.Should().NotBeSameAs(model, "the oldest entry was dropped to stay within the bound");
        payloads.For(later[^1], Patient).Parsed.Should().BeSameAs(latestModels[^1]);
    }

    [Fact]
    public void For_PayloadThatNoLongerParses_ThrowsWhenItsModelIsAskedFor()
    {
        var act = () => new ParsedPayloads().For(Message(), "not json"u8.ToArray()).Parsed;

        act.Should().Throw<InvalidDataException>();
    }

    private static StoredMessage Message() =>
        new(Guid.NewGuid().ToString("N"), DateTimeOffset.UtcNow, "demo-trust", FhirVersions.R4, FhirVersions.JsonMediaType,
            new MessageEnvelope(null, null, null, null, null, null, null, null, false, false), MessageStatus.Received, null, [], []);
}

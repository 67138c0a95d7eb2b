using System.Text;
using Interop.Engine.Messages;

namespace Interop.Engine.Tests.Messages;

public sealed class ParsedPayloadsTests
{
    private static readonly byte[] Patient = Encoding.UTF8.GetBytes("""{"resourceType":"Patient","id":"p1"}""");

    [Fact]
    public void Parse_SameMessageTwice_ParsesOnceAndSharesTheModel()
    {
        var payloads = new ParsedPayloads();
        var message = Message();

        var first = payloads.Parse(message, Patient);
        var second = payloads.Parse(message, Encoding.UTF8.GetBytes("""{"resourceType":"Patient","id":"other"}"""));

        second.Should().BeSameAs(first, "a stored payload never changes, so the second step gets the first step's model");
    }

    [Fact]
    public void Parse_ManyMessages_KeepsOnlyTheLatestSixtyFour()
    {
        var payloads = new ParsedPayloads();
        var oldest = Message();
        var model = payloads.Parse(oldest, Patient);
        var later = Enumerable.Range(0, 64).Select(_ => Message()).ToList();
        var latestModels = later.Select(m => payloads.Parse(m, Patient)).ToList();

        payloads.Parse(oldest, Patient).Should().NotBeSameAs(model, "the oldest entry was dropped to stay within the bound");
        payloads.Parse(later[^1], Patient).Should().BeSameAs(latestModels[^1]);
    }

    [Fact]
    public void Parse_PayloadThatNoLongerParses_Throws()
    {
        var act = () => new ParsedPayloads().Parse(Message(), "not json"u8.ToArray());

        act.Should().Throw<InvalidDataException>();
    }

    private static StoredMessage Message() =>
        new(Guid.NewGuid().ToString("N"), DateTimeOffset.UtcNow, "demo-trust", FhirVersions.R4, FhirVersions.JsonMediaType,
            new MessageEnvelope(null, null, null, null, null, null, null, null, false, false), MessageStatus.Received, null, [], []);
}

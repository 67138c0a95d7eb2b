using Interop.Fhir;
using Interop.Mappings.Stu3ToR4;

namespace Interop.Engine.Messages;

/// <summary>
/// What the pipeline's steps make of one stored payload: its parsed model, and the model converted to R4, each made on
/// first use and then shared. A stored payload never changes, and nothing changes either model (the mappings copy what
/// they take), so the steps and deliveries of a message use them at the same time.
/// </summary>
internal sealed class PayloadModels
{
    private readonly Lazy<Base> _parsed;
    private readonly Lazy<ConversionResult> _r4;

    public PayloadModels(StoredMessage message, byte[] payload)
        : this(new Lazy<Base>(() => MessagePayload.ParseStored(message, payload)))
    {
    }

    /// <summary>Models of a payload parsed already (at the door).</summary>
    public PayloadModels(Base parsed)
        : this(new Lazy<Base>(parsed))
    {
    }

    private PayloadModels(Lazy<Base> parsed)
    {
        _parsed = parsed;
        _r4 = new Lazy<ConversionResult>(() => Stu3ToR4Converter.Convert(Parsed));
    }

    /// <summary>The payload parsed; throws <see cref="InvalidDataException"/> when it no longer parses.</summary>
    public Base Parsed => _parsed.Value;

    /// <summary>The STU3 payload converted to R4, with what the conversion could not carry.</summary>
    public ConversionResult R4 => _r4.Value;
}

namespace Interop.Engine.Receiving;

/// <summary>Who sent a request body and how: what the receive step stores beside the envelope.</summary>
/// <param name="ClientId">The authenticated client.</param>
/// <param name="FhirVersion">"R4" or "STU3", from the endpoint.</param>
/// <param name="MediaType">The body's FHIR media type.</param>
/// <param name="Body">The body exactly as received.</param>
/// <param name="ReceivedAt">When the request arrived.</param>
public sealed record MessageSource(string ClientId, string FhirVersion, string MediaType, ReadOnlyMemory<byte> Body, DateTimeOffset ReceivedAt);

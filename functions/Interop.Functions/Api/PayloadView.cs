namespace Interop.Functions.Api;

/// <summary>A message's payload as <c>GET /api/messages/{id}/payload</c> shows it: pretty-printed, patient details masked unless revealed.</summary>
internal sealed record PayloadView(string ContentType, string Format, string? Body, bool Masked);

namespace Interop.Functions.Api;

/// <summary>What the engine builds for one recorded delivery, as <c>GET /api/messages/{id}/outputs</c> shows it.</summary>
internal sealed record OutputView(string Destination, string? Mapping, string? ContentType, int Bytes, string? FailureCode, string? Body, bool Masked);

namespace Interop.Engine.Replay;

/// <summary>What a dry run would send to one destination, or why it could not send anything.</summary>
/// <param name="ContentType">The content type it would be sent with; null when it cannot be built.</param>
/// <param name="Bytes">The body's size in bytes; 0 when it cannot be built.</param>
/// <param name="FailureCode">Why it cannot be built (ENG415, a mapping's code), or null.</param>
/// <param name="Body">The body itself, for a single message's dry run; a bulk dry run leaves it out.</param>
public sealed record ReplayOutput(string? ContentType, int Bytes, string? FailureCode, string? Body);

namespace Interop.Cli.Load;

/// <summary>What following deliveries found.</summary>
/// <param name="Outcomes">One per accepted copy.</param>
/// <param name="Settled">False when the timeout came with copies still received or routed.</param>
internal sealed record DeliveryResult(IReadOnlyList<DeliveryOutcome> Outcomes, bool Settled);

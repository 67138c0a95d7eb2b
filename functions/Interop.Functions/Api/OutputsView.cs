namespace Interop.Functions.Api;

/// <summary>The outputs of a message, one per recorded delivery in routing order.</summary>
internal sealed record OutputsView(IReadOnlyList<OutputView> Items);

using Interop.Functions.Metrics;

namespace Interop.Functions.Api;

/// <summary>The answer of <c>GET /api/destinations</c>: every configured destination and every pipeline queue.</summary>
internal sealed record DestinationsView(IReadOnlyList<DestinationView> Items, IReadOnlyList<QueueDepth> Queues);

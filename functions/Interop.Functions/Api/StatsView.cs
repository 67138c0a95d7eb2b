using Interop.Engine.Storage;

namespace Interop.Functions.Api;

/// <summary>The answer of <c>GET /api/stats</c>: the bucket size (<c>minute</c> or <c>hour</c>) and one entry per bucket.</summary>
internal sealed record StatsView(string Bucket, IReadOnlyList<ThroughputBucket> Series);

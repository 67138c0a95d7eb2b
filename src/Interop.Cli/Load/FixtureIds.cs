namespace Interop.Cli.Load;

/// <summary>Where a message fixture keeps the two values the engine deduplicates on.</summary>
/// <param name="MessageHeaderId">MessageHeader.id's value.</param>
/// <param name="BundleIdentifier">Bundle.identifier.value's value.</param>
internal readonly record struct FixtureIds(ByteSpan MessageHeaderId, ByteSpan BundleIdentifier);

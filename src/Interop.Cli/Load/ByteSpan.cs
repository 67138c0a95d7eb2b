namespace Interop.Cli.Load;

/// <summary>Where a value sits in a fixture's bytes.</summary>
/// <param name="Offset">The index of its first byte.</param>
/// <param name="Length">How many bytes it takes.</param>
internal readonly record struct ByteSpan(int Offset, int Length);

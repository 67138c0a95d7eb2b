namespace Interop.Engine.Receiving;

/// <summary>Limits on what the engine reads at the door; bound from <c>Interop:Receive</c>.</summary>
public sealed class ReceiveOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Interop:Receive";

    /// <summary>The most entries a Bundle may have, nested document Bundles counted (default 1,000).</summary>
    public int MaxBundleEntries { get; set; } = 1_000;

    /// <summary>The deepest nesting of JSON objects or XML elements (default 100).</summary>
    public int MaxDepth { get; set; } = 100;
}

namespace Interop.Mappings.Bars;

/// <summary>The application that sends a BaRS message (<c>MessageHeader.source</c>): this engine, as configured.</summary>
/// <param name="Name">The sending service's name.</param>
/// <param name="Software">The software name.</param>
/// <param name="Version">The software version.</param>
/// <param name="Endpoint">The sender's endpoint, <c>system|value</c> (a DoS service id in BaRS).</param>
public sealed record BarsMessageSource(string Name, string Software, string Version, string Endpoint);

using Interop.Fhir.Introspection;

namespace Interop.Cli.Conformance;

/// <summary>One way of taking a file through the parsers and serializers and checking that nothing changed.</summary>
internal interface IRoundTrip
{
    /// <summary>Why the round trip of <paramref name="content"/> does not hold, or null when it does.</summary>
    string? Run(byte[] content, ModelInfo model);
}

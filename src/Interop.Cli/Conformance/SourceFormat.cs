namespace Interop.Cli.Conformance;

/// <summary>The format of the files in a suite source.</summary>
internal enum SourceFormat
{
    /// <summary>FHIR JSON (<c>*.json</c>).</summary>
    Json,

    /// <summary>FHIR XML (<c>*.xml</c>).</summary>
    Xml,
}

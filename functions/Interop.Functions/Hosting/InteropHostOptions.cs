namespace Interop.Functions.Hosting;

/// <summary>How the host describes itself to clients; bound from the <c>Interop:Host</c> configuration section.</summary>
internal sealed class InteropHostOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "Interop:Host";

    /// <summary>The default public base URL: the address <c>run.sh</c> listens on.</summary>
    public const string DefaultPublicBaseUrl = "http://127.0.0.1:8080";

    /// <summary>The default software name.</summary>
    public const string DefaultSoftwareName = "Interop";

    /// <summary>The default implementation description.</summary>
    public const string DefaultDescription = "Interop FHIR integration engine";

    /// <summary>The absolute http(s) URL clients reach the host at, without a query or fragment; the FHIR bases are <c>{PublicBaseUrl}/fhir/R4</c> and <c>{PublicBaseUrl}/fhir/STU3</c>.</summary>
    public string PublicBaseUrl { get; set; } = DefaultPublicBaseUrl;

    /// <summary>The software name in the CapabilityStatements.</summary>
    public string SoftwareName { get; set; } = DefaultSoftwareName;

    /// <summary>The software version in the CapabilityStatements; null means the host assembly's informational version.</summary>
    public string? SoftwareVersion { get; set; }

    /// <summary>The implementation description in the CapabilityStatements.</summary>
    public string Description { get; set; } = DefaultDescription;
}

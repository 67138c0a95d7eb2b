using System.Globalization;
using Interop.Functions.Hosting;

namespace Interop.Functions.Fhir;

/// <summary>What the R4 and STU3 CapabilityStatements say alike, so the two cannot drift apart.</summary>
internal static class CapabilityStatementFacts
{
    /// <summary>The formats the host writes: the short codes and the mime types, so clients matching either find them.</summary>
    public static readonly IReadOnlyList<string> Formats = ["json", "xml", "application/fhir+json", "application/fhir+xml"];

    /// <summary>The REST documentation: today the host answers only the capabilities interaction.</summary>
    public const string RestDocumentation =
        "Only the capabilities interaction (GET [base]/metadata) is available; no resource types or operations are served yet.";

    /// <summary>The statement's date: now, in UTC to the second.</summary>
    public static string Date(TimeProvider time) =>
        time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The URL of a FHIR base on this installation.</summary>
    public static string BaseUrl(InteropHostOptions options, string basePath) => options.PublicBaseUrl.TrimEnd('/') + basePath;

    /// <summary>The software version: configured, else the host assembly's.</summary>
    public static string SoftwareVersion(InteropHostOptions options) => options.SoftwareVersion ?? HostVersion.Current;
}

using System.Globalization;
using Interop.Functions.Hosting;

namespace Interop.Functions.Fhir;

/// <summary>What the R4 and STU3 CapabilityStatements say alike, so the two cannot drift apart.</summary>
internal static class CapabilityStatementFacts
{
    /// <summary>The formats the host writes: the short codes and the mime types, so clients matching either find them.</summary>
    public static readonly IReadOnlyList<string> Formats = ["json", "xml", "application/fhir+json", "application/fhir+xml"];

    /// <summary>The REST documentation: what senders can do at this base.</summary>
    public const string RestDocumentation =
        "Senders post message Bundles to [base]/$process-message (R4 and STU3) and, on R4, transaction or batch Bundles to [base]; " +
        "each is stored before the answer, 202 Accepted with an OperationOutcome receipt and a Location, and routed asynchronously. " +
        "Refusals are OperationOutcomes carrying the engine's code and the ITK3 response code. No resource type is served for read or search.";

    /// <summary>The canonical of the standard $process-message operation.</summary>
    public const string ProcessMessageDefinition = "http://hl7.org/fhir/OperationDefinition/MessageHeader-process-message";

    /// <summary>How clients authenticate: OAuth 2.0 bearer tokens (signed JWTs) naming a configured client.</summary>
    public const string SecurityDescription = "OAuth 2.0 bearer tokens: signed JWTs (RS256 or ES256) whose client_id names a configured sender or operator.";

    /// <summary>The restful-security-service code system.</summary>
    public const string SecurityServiceSystem = "http://terminology.hl7.org/CodeSystem/restful-security-service";

    /// <summary>The statement's date: now, in UTC to the second.</summary>
    public static string Date(TimeProvider time) =>
        time.GetUtcNow().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The URL of a FHIR base on this installation.</summary>
    public static string BaseUrl(InteropHostOptions options, string basePath) => options.PublicBaseUrl.TrimEnd('/') + basePath;

    /// <summary>The software version: configured, else the host assembly's.</summary>
    public static string SoftwareVersion(InteropHostOptions options) => options.SoftwareVersion ?? HostVersion.Current;
}

using Interop.Engine.Local;
using Interop.Testing;

namespace Interop.Functions.Tests.EndToEnd.FlowCases;

/// <summary>
/// Turns an <see cref="EngineHost"/> into the sample configuration's shape (<c>fixtures/config/</c>): its routing rules, its
/// destination ids, the simulated GP systems, pharmacy system and Shared Care Record on one receiver, and the ITK3 profiles.
/// </summary>
internal static class SampleEngine
{
    /// <summary>Where each sample destination's simulator listens on the receiver.</summary>
    public static IReadOnlyDictionary<string, string> Paths { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["gp-a81001"] = "/gp/A81001",
        ["gp-a81002"] = "/gp/A81002",
        ["pharmacy-fqw30"] = "/pharmacy/FQW30",
        ["shcr-sandbox"] = "/shcr",
        ["mailbox-fqw30"] = "/mailbox/FQW30",
        ["mailbox-rbt"] = "/mailbox/RBT",
    };

    /// <summary>Starts the engine with the sample routes and destinations, delivering everything to <paramref name="receiver"/>; <paramref name="adjust"/> may change settings after.</summary>
    public static EngineHost Start(LoopbackReceiver receiver, Action<Dictionary<string, string?>>? adjust = null) => EngineHost.Start(receiver, adjust: settings =>
    {
        settings["Interop:Routing:File"] = Path.Combine(
            RepositoryRoot.Find() ?? throw new InvalidOperationException("Run the tests inside the repository."), "fixtures", "config", "routes.yaml");

        // EngineHost names its Shared Care Record "shcr"; the sample routes address "shcr-sandbox".
        settings["Interop:Destinations:2:Id"] = "shcr-sandbox";
        AddDestination(settings, 3, "gp-a81002", "gp-system", "A81002", "STU3", "xml", receiver);
        AddDestination(settings, 4, "pharmacy-fqw30", "pharmacy-system", "FQW30", "R4", "json", receiver);
        settings["Interop:Destinations:4:OdsCodes:1"] = "2000072489";
        AddDestination(settings, 5, "mailbox-rbt", "sender-mailbox", "RBT", "STU3", "xml", receiver);
        settings[$"Interop:Security:Clients:{EngineHost.Trust}:Events:1"] = "ITK003D";

        settings["Interop:Validation:Stu3:Packages:0"] = UpdateRecordExample.ConformanceFolder;
        settings["Interop:Validation:Stu3:Profiles:ITK014M:0"] = "https://fhir.nhs.uk/STU3/StructureDefinition/ITK-Message-Bundle-1";
        settings["Interop:Validation:AllowedExtensionDomains:0"] = "https://fhir.nhs.uk/STU3/StructureDefinition/";
        settings["Interop:Validation:AllowedExtensionDomains:1"] = "https://fhir.hl7.org.uk/STU3/StructureDefinition/";
        settings["Interop:Validation:AllowedExtensionDomains:2"] = "https://fhir.hl7.org.uk/StructureDefinition/";
        adjust?.Invoke(settings);
    });

    private static void AddDestination(Dictionary<string, string?> settings, int index, string id, string kind, string ods, string version, string format, LoopbackReceiver receiver) =>
        EngineHost.AddDestination(settings, index, id, kind, ods, version, format, new Uri(receiver.Url, Paths[id].TrimStart('/')));
}

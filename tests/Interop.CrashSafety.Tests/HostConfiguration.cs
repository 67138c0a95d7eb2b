using System.Text.Json;

namespace Interop.CrashSafety.Tests;

/// <summary>
/// Writes a host configuration into a temp folder: its own SQLite file, dev key folder and routes; Update Record
/// messages from pharmacy FQW30 routed to the patient's GP, delivered to the receiver, acknowledgements to it as well.
/// </summary>
internal static class HostConfiguration
{
    /// <summary>The sending client.</summary>
    public const string Sender = "crash-pharmacy";

    /// <summary>The GP destination's id: idempotency keys end in it.</summary>
    public const string GpDestination = "gp-a81001";

    private const string Routes = """
        routes:
          - name: update-record-to-registered-gp
            match:
              events: [ITK014M]
            to: [registered-gp]
        """;

    /// <summary>Writes the files under <paramref name="folder"/> and returns the configuration file's path.</summary>
    public static string Write(string folder, Uri hostUrl, Uri receiverUrl)
    {
        var routes = Path.Combine(folder, "routes.yaml");
        File.WriteAllText(routes, Routes);
        var configuration = new
        {
            Interop = new
            {
                Host = new { PublicBaseUrl = hostUrl.ToString().TrimEnd('/') },
                Sqlite = new { DatabasePath = DatabasePath(folder) },
                Routing = new { File = routes },
                PatientDirectory = new { BaseUrl = new Uri(hostUrl, "simulators/pds").ToString() },

                // Jobs leased by a killed host come back after this, not after the default five minutes.
                Pipeline = new { VisibilityTimeout = "00:00:03" },
                Limits = new { PermitsPerSecond = 100_000, Burst = 100_000 },
                Security = new
                {
                    UseDevKey = true,
                    DevKeyDirectory = KeyDirectory(folder),
                    Clients = new Dictionary<string, object>
                    {
                        [Sender] = new { Role = "sender", SenderOds = new[] { "FQW30" }, Events = new[] { "ITK014M" } },
                    },
                },
                Simulators = new
                {
                    Enabled = true,
                    Patients = new[] { new { NhsNumber = "9449305552", GpPracticeOds = "A81001", NominatedPharmacyOds = "FQW30" } },
                },
                Destinations = new object[]
                {
                    Destination(GpDestination, "gp-system", "A81001", new Uri(receiverUrl, "gp/A81001")),
                    Destination("mailbox-fqw30", "sender-mailbox", "FQW30", new Uri(receiverUrl, "mailbox/FQW30")),
                },
            },
        };
        var path = Path.Combine(folder, "interop.json");
        File.WriteAllText(path, JsonSerializer.Serialize(configuration));
        return path;
    }

    /// <summary>The dev key folder under <paramref name="folder"/>.</summary>
    public static string KeyDirectory(string folder) => Path.Combine(folder, "dev-keys");

    private static string DatabasePath(string folder) => Path.Combine(folder, "interop.db");

    private static object Destination(string id, string kind, string ods, Uri url) =>
        new { Id = id, Kind = kind, OdsCodes = new[] { ods }, FhirVersion = "STU3", Format = "xml", Url = url.ToString() };
}

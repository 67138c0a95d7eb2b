using System.Text.Json;
using Interop.Engine.Local;

namespace Interop.Functions.Tests.EndToEnd.FlowCases;

/// <summary>
/// One end-to-end case under <c>fixtures/flows/&lt;flow&gt;/&lt;case&gt;/</c>, read from its <c>case.json</c>: what is sent, and
/// what the sender, the message's record and every destination must show afterwards.
/// </summary>
internal sealed record FlowCase
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>What the case shows, in a sentence.</summary>
    public required string Description { get; init; }

    /// <summary>The messages sent, in order.</summary>
    public required IReadOnlyList<FlowSend> Sends { get; init; }

    /// <summary>Per destination id, what it must have received once in all (null: nothing at all).</summary>
    public required IReadOnlyDictionary<string, ExpectedDelivery?> Destinations { get; init; }

    /// <summary>The case's folder.</summary>
    public string Folder { get; private init; } = "";

    /// <summary>The names of the cases of <paramref name="flow"/>, for a data-driven test.</summary>
    public static TheoryData<string> Names(string flow)
    {
        var names = new TheoryData<string>();
        foreach (var folder in Directory.GetDirectories(FlowFolder(flow)).Order(StringComparer.Ordinal))
        {
            names.Add(Path.GetFileName(folder));
        }

        return names;
    }

    /// <summary>Loads the case <paramref name="name"/> of <paramref name="flow"/>.</summary>
    public static FlowCase Load(string flow, string name)
    {
        var folder = Path.Combine(FlowFolder(flow), name);
        var loaded = JsonSerializer.Deserialize<FlowCase>(File.ReadAllText(Path.Combine(folder, "case.json")), Json)
            ?? throw new InvalidDataException($"{flow}/{name}/case.json is empty.");
        return loaded with { Folder = folder };
    }

    /// <summary>The full path of a file of the case.</summary>
    public string PathOf(string file) => Path.Combine(Folder, file);

    private static string FlowFolder(string flow) => Path.Combine(
        RepositoryRoot.Find() ?? throw new InvalidOperationException("Run the tests inside the repository."), "fixtures", "flows", flow);
}

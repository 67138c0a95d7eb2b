using System.CommandLine;
using Interop.Cli.Conversion;
using Interop.Cli.Mapping;
using Interop.Engine.Local;
using Interop.Engine.Replay;
using EngineVersions = Interop.Engine.Messages.FhirVersions;

namespace Interop.Cli.Commands;

/// <summary>
/// <c>interop map &lt;file&gt; --flow NAME [--to DESTINATION] [--config FILE] [--out DIR] [--fhir-version r4|stu3]</c>: shows what
/// the engine would send where for a message, without sending it — the code path of a replay's dry run.
/// </summary>
internal static class MapCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The message Bundle, in JSON or XML (told apart by its first character)." };
        file.AcceptExistingOnly();
        var flow = new Option<string>("--flow") { Description = "The flow the message belongs to.", Required = true };
        flow.AcceptOnlyFromAmong([.. MessageFlow.All.Select(f => f.Name)]);
        var to = new Option<string>("--to") { Description = "One destination id from the directory, mapped as the flow maps; by default every destination the routing rules choose." };
        var config = new Option<FileInfo>("--config") { Description = "The engine's configuration file; by default the sample run.sh starts with." };
        config.AcceptExistingOnly();
        var output = new Option<DirectoryInfo>("--out") { Description = "A folder to write each output to as <destination>.json|xml; by default standard output." };
        var version = new Option<string>("--fhir-version") { Description = "The FHIR version of the message; by default the one it parses best as (R4 on a tie)." };
        version.AcceptOnlyFromAmong(FhirVersions.R4, FhirVersions.Stu3);

        var command = new Command("map", "Shows what a message becomes for each destination, without sending it.") { file, flow, to, config, output, version };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(file),
            MessageFlow.All.Single(f => f.Name == parseResult.GetRequiredValue(flow)),
            parseResult.GetValue(to),
            parseResult.GetValue(config),
            parseResult.GetValue(output),
            parseResult.GetValue(version),
            parseResult.InvocationConfiguration));
        return command;
    }

    private static int Run(FileInfo file, MessageFlow flow, string? to, FileInfo? config, DirectoryInfo? output, string? version, InvocationConfiguration console)
    {
        var root = RepositoryRoot.Find();
        var configFile = config?.FullName ?? (root is null ? null : Path.Combine(root, "fixtures", "config", "interop.sample.json"));
        if (configFile is null)
        {
            console.Error.WriteLine("no Interop.sln found above the current folder or the program: give --config");
            return ExitCodes.Usage;
        }

        var content = File.ReadAllBytes(file.FullName);
        var format = FhirFormats.Detect(content);
        var model = version is not null ? FhirVersions.Model(version) : FhirVersions.ParseDetectingVersion(content, format).Model;
        var fhirVersion = model == Interop.Fhir.R4.FhirModel.Instance ? EngineVersions.R4 : EngineVersions.Stu3;
        var mediaType = format == FhirFormat.Json ? EngineVersions.JsonMediaType : EngineVersions.XmlMediaType;

        using var engine = new PreviewEngine(configFile, root ?? Path.GetDirectoryName(configFile)!);
        ReplayPlan? plan;
        string? problem;
        try
        {
            (plan, problem) = engine.Preview.PreviewAsync(content, fhirVersion, mediaType, flow.Accepts, to, to is null ? null : flow.Mapping, CancellationToken.None)
                .GetAwaiter().GetResult();
        }
        catch (HttpRequestException exception)
        {
            // Routing by patient, and the discharge mapping, ask the configured patient directory (./run.sh serves the simulated one).
            console.Error.WriteLine($"the patient directory could not be reached: {exception.Message}");
            return ExitCodes.Failure;
        }

        if (plan is null)
        {
            console.Error.WriteLine($"{file.Name}: {problem}");
            return ExitCodes.Failure;
        }

        return Report(plan, output, console);
    }

    private static int Report(ReplayPlan plan, DirectoryInfo? output, InvocationConfiguration console)
    {
        if (plan.Issue is { } issue)
        {
            console.Error.WriteLine($"not routed: {issue.Code} {issue.Display} (ITK {issue.ItkCode})");
            return ExitCodes.Failure;
        }

        var failed = false;
        foreach (var target in plan.Destinations)
        {
            var result = target.Output!;
            var mapping = target.Mapping is null ? "" : $", mapped by {target.Mapping}";
            console.Error.WriteLine(result.Body is null
                ? $"{target.DestinationId}: {target.Reason}{mapping}: cannot be built ({result.FailureCode})"
                : $"{target.DestinationId}: {target.Reason}{mapping}: {result.ContentType}, {result.Bytes} bytes to {target.Url}");
            failed |= result.Body is null;
            if (result.Body is not { } body)
            {
                continue;
            }

            if (output is null)
            {
                console.Output.WriteLine(body);
            }
            else
            {
                output.Create();
                var extension = result.ContentType!.Contains("xml", StringComparison.Ordinal) ? "xml" : "json";
                File.WriteAllText(Path.Combine(output.FullName, $"{target.DestinationId}.{extension}"), body);
            }
        }

        return failed ? ExitCodes.Failure : ExitCodes.Success;
    }
}

using System.CommandLine;
using System.Text;
using Interop.Cli.Conversion;

namespace Interop.Cli.Commands;

/// <summary><c>interop convert &lt;file&gt; [--format json|xml] [--out FILE] [--fhir-version r4|stu3]</c>.</summary>
internal static class ConvertCommand
{
    private const string Json = "json";
    private const string Xml = "xml";

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var file = new Argument<FileInfo>("file") { Description = "The FHIR resource to convert, in JSON or XML (told apart by its first character)." };
        file.AcceptExistingOnly();
        var format = new Option<string>("--format") { Description = "The format to write; by default the other one." };
        format.AcceptOnlyFromAmong(Json, Xml);
        var output = new Option<FileInfo>("--out") { Description = "The file to write; by default standard output." };
        var version = new Option<string>("--fhir-version") { Description = "The FHIR version of the input; by default the one it parses best as (R4 on a tie)." };
        version.AcceptOnlyFromAmong(FhirVersions.R4, FhirVersions.Stu3);

        var command = new Command("convert", "Converts a FHIR resource between JSON and XML.") { file, format, output, version };
        command.SetAction(parseResult => Run(
            parseResult.GetRequiredValue(file),
            parseResult.GetValue(format) is { } f ? (f == Json ? FhirFormat.Json : FhirFormat.Xml) : null,
            parseResult.GetValue(output),
            parseResult.GetValue(version),
            parseResult.InvocationConfiguration));
        return command;
    }

    private static int Run(FileInfo file, FhirFormat? format, FileInfo? output, string? version, InvocationConfiguration console)
    {
        byte[] content;
        try
        {
            content = File.ReadAllBytes(file.FullName);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"cannot read {file.FullName}: {exception.Message}");
            return ExitCodes.Usage;
        }

        var result = ResourceConverter.Convert(content, format, version is null ? null : FhirVersions.Model(version));
        foreach (var issue in result.Issues)
        {
            console.Error.WriteLine(issue);
        }

        if (result.Output is null)
        {
            return ExitCodes.Failure;
        }

        return Write(result.Output, output, console);
    }

    private static int Write(byte[] converted, FileInfo? output, InvocationConfiguration console)
    {
        if (output is null)
        {
            console.Output.WriteLine(Encoding.UTF8.GetString(converted));
            return ExitCodes.Success;
        }

        try
        {
            File.WriteAllBytes(output.FullName, converted);
            return ExitCodes.Success;
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"cannot write {output.FullName}: {exception.Message}");
            return ExitCodes.Usage;
        }
    }
}

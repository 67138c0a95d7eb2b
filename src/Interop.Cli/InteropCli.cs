using System.CommandLine;
using System.CommandLine.Invocation;
using Interop.Cli.Commands;

namespace Interop.Cli;

/// <summary>The <c>interop</c> command line: its commands and how a run maps to an exit code.</summary>
internal static class InteropCli
{
    /// <summary>Runs the command line <paramref name="args"/>, writing to <paramref name="output"/> and <paramref name="error"/>; returns the exit code.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error) => Run(args, output, error, TimeProvider.System);

    /// <summary>Runs the command line with the clock <paramref name="time"/>, which dated output (tokens) is taken from.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error, TimeProvider time)
    {
        var root = new RootCommand("Interop FHIR tools.") { ConvertCommand.Create(), ValidateCommand.Create(), ConformanceCommand.Create(), TokenCommand.Create(time), LoadCommand.Create(time), MapCommand.Create() };
        var parseResult = root.Parse(args);
        var exitCode = parseResult.Invoke(new InvocationConfiguration { Output = output, Error = error });

        // System.CommandLine answers a wrong command line with 1, which this tool keeps for invalid FHIR.
        return parseResult.Action is ParseErrorAction ? ExitCodes.Usage : exitCode;
    }
}

namespace Interop.Cli;

/// <summary>The process exit codes of the tool.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what was asked.</summary>
    public const int Success = 0;

    /// <summary>The input was not valid FHIR, or a conformance suite had failures.</summary>
    public const int Failure = 1;

    /// <summary>The command line was wrong or a file or folder it names could not be used.</summary>
    public const int Usage = 2;
}

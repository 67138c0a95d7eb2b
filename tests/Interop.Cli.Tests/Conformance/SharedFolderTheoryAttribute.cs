namespace Interop.Cli.Tests.Conformance;

/// <summary>A theory over files in <c>../shared</c>, skipped when that folder is not beside the repository.</summary>
public sealed class SharedFolderTheoryAttribute : TheoryAttribute
{
    /// <summary>Sets the skip reason when the shared folder is absent.</summary>
    public SharedFolderTheoryAttribute()
    {
        if (!Directory.Exists(ConformanceCases.Paths.Shared))
        {
            Skip = $"{ConformanceCases.Paths.Shared} is not present";
        }
    }
}

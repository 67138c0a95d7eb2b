namespace Interop.CodeGen.Tests;

/// <summary>Finds the repository root and the FHIR package cache from the test's output folder.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Package(string name) => Path.Combine(Root, ".cache", "fhir", name);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Interop.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Interop.sln not found above the test folder.");
    }
}

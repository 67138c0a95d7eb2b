using System.Reflection;

namespace Interop.CrashSafety.Tests;

/// <summary>Where the repository and the host's build output are, for the configuration these tests were built in.</summary>
internal static class RepositoryPaths
{
    /// <summary>The folder holding <c>Interop.sln</c>, found by walking up from the test assembly.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>The host's build output of the same configuration (Debug or Release) as this test assembly.</summary>
    public static string HostDll => Path.Combine(
        Root, "functions", "Interop.Functions", "bin", Configuration, "net10.0", "Interop.Functions.dll");

    /// <summary>The repository's Update Record sample message.</summary>
    public static string UpdateRecordFixture => Path.Combine(Root, "fixtures", "messages", "update-record", "pharmacy-first-9449305552.xml");

    private static string Configuration =>
        typeof(RepositoryPaths).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration is { Length: > 0 } configuration
            ? configuration
            : throw new InvalidOperationException("The test assembly does not say which configuration built it.");

    private static string FindRoot()
    {
        for (var current = new DirectoryInfo(AppContext.BaseDirectory); current is not null; current = current.Parent)
        {
            if (File.Exists(Path.Combine(current.FullName, "Interop.sln")))
            {
                return current.FullName;
            }
        }

        throw new InvalidOperationException("No Interop.sln above the test assembly.");
    }
}

using Interop.Engine.Local;

namespace Interop.Testing;

/// <summary>The read-only NHS messages and HL7 suites in <c>../shared</c> beside the repository.</summary>
public static class SharedFiles
{
    /// <summary>The full path of a file under <c>../shared</c>.</summary>
    public static string Path(params string[] parts)
    {
        var root = RepositoryRoot.FindFrom(AppContext.BaseDirectory) ?? throw new InvalidOperationException("Run the tests inside the repository.");
        return System.IO.Path.Combine([root, "..", "shared", .. parts]);
    }

    /// <summary>The bytes of a file under <c>../shared</c>.</summary>
    public static byte[] Read(params string[] parts) => File.ReadAllBytes(Path(parts));
}

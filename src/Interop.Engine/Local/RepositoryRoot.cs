namespace Interop.Engine.Local;

/// <summary>Finds the repository by walking up to the folder that holds <c>Interop.sln</c>.</summary>
public static class RepositoryRoot
{
    private const string SolutionFile = "Interop.sln";

    /// <summary>The repository holding the current directory, else the one holding this program; null when neither is in one.</summary>
    public static string? Find() => FindFrom(Environment.CurrentDirectory) ?? FindFrom(AppContext.BaseDirectory);

    /// <summary>The nearest folder at or above <paramref name="directory"/> that holds <c>Interop.sln</c>, or null.</summary>
    public static string? FindFrom(string directory)
    {
        for (var current = new DirectoryInfo(directory); current is not null; current = current.Parent)
        {
            if (File.Exists(Path.Combine(current.FullName, SolutionFile)))
            {
                return current.FullName;
            }
        }

        return null;
    }
}

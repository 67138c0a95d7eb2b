namespace Interop.CodeGen;

/// <summary>Writes generated files, removing any earlier file the new set no longer has.</summary>
internal static class GeneratedFolder
{
    public static void Replace(string folder, IReadOnlyDictionary<string, string> files)
    {
        Directory.CreateDirectory(folder);
        foreach (var stale in Directory.EnumerateFiles(folder, "*.cs").Where(f => !files.ContainsKey(Path.GetFileName(f))))
        {
            File.Delete(stale);
        }

        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }
    }
}

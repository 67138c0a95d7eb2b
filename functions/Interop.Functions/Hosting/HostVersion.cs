using System.Reflection;

namespace Interop.Functions.Hosting;

/// <summary>The version of the running host, as stamped into its assembly at build time.</summary>
internal static class HostVersion
{
    /// <summary>The assembly's informational version (e.g. <c>1.0.0+commit</c>), else its assembly version.</summary>
    public static string Current { get; } =
        typeof(HostVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(HostVersion).Assembly.GetName().Version?.ToString()
        ?? "0.0.0";
}

namespace Interop.Functions.Hosting;

/// <summary>Loads the engine's configuration file (routes, destinations, clients), named by <c>Interop:ConfigFile</c>.</summary>
internal static class InteropConfigFile
{
    /// <summary>The setting that names the file; <c>run.sh</c> points it at the sample in <c>fixtures/config</c>.</summary>
    public const string Setting = "Interop:ConfigFile";

    /// <summary>Adds the file, if one is named, below the environment and the command line so either can still override it.</summary>
    public static WebApplicationBuilder AddInteropConfigFile(this WebApplicationBuilder builder, string[] args)
    {
        if (builder.Configuration[Setting] is { Length: > 0 } file)
        {
            builder.Configuration.AddJsonFile(Path.GetFullPath(file), optional: false, reloadOnChange: false);
            builder.Configuration.AddEnvironmentVariables();
            builder.Configuration.AddCommandLine(args);
        }

        return builder;
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Interop.Engine.Destinations;

/// <summary>Registers the destination directory.</summary>
public static class DestinationServiceCollectionExtensions
{
    /// <summary>Binds the list at <c>Interop:Destinations</c>, validates it on start and registers <see cref="IDestinationDirectory"/>.</summary>
    public static IServiceCollection AddDestinations(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddOptions<DestinationDirectoryOptions>()
            .Configure(options => configuration.GetSection(DestinationDirectoryOptions.SectionName).Bind(options.Destinations))
            .ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<DestinationDirectoryOptions>, DestinationDirectoryOptionsValidator>());
        services.TryAddSingleton<IDestinationDirectory, DestinationDirectory>();
        return services;
    }
}

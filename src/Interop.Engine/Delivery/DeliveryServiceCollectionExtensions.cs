using Interop.Engine.Destinations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace Interop.Engine.Delivery;

/// <summary>Registers HTTP delivery.</summary>
public static class DeliveryServiceCollectionExtensions
{
    /// <summary>Registers <see cref="IDeliveryClient"/> and <see cref="IDestinationHealth"/>; needs <see cref="DestinationServiceCollectionExtensions.AddDestinations"/> and uses the registered <see cref="TimeProvider"/> (the system clock if none).</summary>
    public static IServiceCollection AddDelivery(this IServiceCollection services)
    {
        services.AddHttpClient();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IConfigureOptions<HttpClientFactoryOptions>, DestinationHttpClients>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DestinationPipelines>();
        services.TryAddSingleton<IDestinationHealth>(provider => provider.GetRequiredService<DestinationPipelines>());
        services.TryAddSingleton<BearerTokenSource>();
        services.TryAddSingleton<IDeliveryClient, DeliveryClient>();
        return services;
    }
}

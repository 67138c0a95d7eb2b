using Microsoft.Extensions.Http;
using Microsoft.Extensions.Options;

namespace Interop.Engine.Delivery;

/// <summary>Configures the named HttpClient of every destination (<c>interop-destination:{id}</c>).</summary>
/// <remarks>Polly owns timeouts, so HttpClient's own is off; redirects are not followed because re-POSTing clinical data to another URL must be a configuration decision.</remarks>
internal sealed class DestinationHttpClients : IConfigureNamedOptions<HttpClientFactoryOptions>
{
    private const string Prefix = "interop-destination:";

    public static string NameFor(string destinationId) => Prefix + destinationId;

    public void Configure(string? name, HttpClientFactoryOptions options)
    {
        if (name is null || !name.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return;
        }

        options.HttpClientActions.Add(static client => client.Timeout = Timeout.InfiniteTimeSpan);
        options.HttpMessageHandlerBuilderActions.Add(static builder => builder.PrimaryHandler = new SocketsHttpHandler { AllowAutoRedirect = false });
    }

    public void Configure(HttpClientFactoryOptions options) => Configure(Options.DefaultName, options);
}

using Interop.Engine.Destinations;
using Microsoft.Extensions.Options;

namespace Interop.Engine.Routing;

/// <summary>Refuses to start with a routing rules file that is missing, unreadable or names unknown destinations.</summary>
internal sealed class RoutingOptionsValidator(IDestinationDirectory destinations) : IValidateOptions<RoutingOptions>
{
    public ValidateOptionsResult Validate(string? name, RoutingOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.File))
        {
            return ValidateOptionsResult.Fail($"{RoutingOptions.SectionName}:File must name the routing rules file.");
        }

        var (_, errors) = RoutingTableLoader.Load(options.File, id => destinations.FindById(id) is not null);
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

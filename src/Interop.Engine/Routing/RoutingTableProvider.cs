using Interop.Engine.Destinations;
using Microsoft.Extensions.Options;

namespace Interop.Engine.Routing;

/// <summary>Loads the routing rules once; the options validator has already refused a bad file at start-up.</summary>
internal sealed class RoutingTableProvider(IOptions<RoutingOptions> options, IDestinationDirectory destinations)
{
    private RoutingTable? _table;

    public RoutingTable Table => _table ??= Load();

    private RoutingTable Load()
    {
        var (table, errors) = RoutingTableLoader.Load(options.Value.File, id => destinations.FindById(id) is not null);
        return table ?? throw new InvalidOperationException(string.Join(Environment.NewLine, errors));
    }
}

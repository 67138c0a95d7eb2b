using Microsoft.Extensions.Options;

namespace Interop.Engine.Destinations;

/// <summary>The destination directory built once from validated options.</summary>
internal sealed class DestinationDirectory : IDestinationDirectory
{
    private readonly Dictionary<string, Destination> _byId = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<Destination>> _byOds = new(StringComparer.OrdinalIgnoreCase);

    public DestinationDirectory(IOptions<DestinationDirectoryOptions> options)
    {
        // Reading Value runs the validator, so everything parsed below is known to be well formed.
        All = options.Value.Destinations.Select(ToDestination).ToArray();
        foreach (var destination in All)
        {
            _byId.Add(destination.Id, destination);
            foreach (var odsCode in destination.OdsCodes)
            {
                if (!_byOds.TryGetValue(odsCode, out var served))
                {
                    _byOds[odsCode] = served = [];
                }

                served.Add(destination);
            }
        }
    }

    public IReadOnlyList<Destination> All { get; }

    public Destination? FindById(string id) => _byId.GetValueOrDefault(id);

    public Destination? FindByOds(string odsCode, DestinationKind kind) =>
        FindByOds(odsCode).FirstOrDefault(destination => destination.Kind == kind);

    public IReadOnlyList<Destination> FindByOds(string odsCode) =>
        _byOds.TryGetValue(odsCode.Trim(), out var served) ? served : [];

    private static Destination ToDestination(DestinationOptions options)
    {
        DestinationConfigNames.TryParseFhirVersion(options.FhirVersion, out var version);
        DestinationConfigNames.TryParseFormat(options.Format, out var format);
        DestinationConfigNames.TryParseKind(options.Kind, out var kind);
        return new Destination(
            options.Id,
            string.IsNullOrWhiteSpace(options.Name) ? options.Id : options.Name,
            new Uri(options.Url, UriKind.Absolute),
            version,
            format,
            kind,
            options.OdsCodes.Select(code => code.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).ToArray(),
            options.Auth,
            options.Timeout,
            options.Retry,
            options.CircuitBreaker);
    }
}

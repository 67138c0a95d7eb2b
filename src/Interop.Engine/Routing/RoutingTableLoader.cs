using YamlDotNet.Core;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Interop.Engine.Routing;

/// <summary>Reads and checks a routing rules file, collecting every problem with where it is.</summary>
internal static class RoutingTableLoader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    /// <summary>The rules in <paramref name="path"/> (YAML, or JSON, which YAML reads too), or the problems that stop it loading.</summary>
    public static (RoutingTable? Table, IReadOnlyList<string> Errors) Load(string path, Func<string, bool> destinationExists)
    {
        if (!System.IO.File.Exists(path))
        {
            return (null, [$"The routing rules file '{path}' does not exist."]);
        }

        RoutingTable? table;
        try
        {
            table = Yaml.Deserialize<RoutingTable?>(System.IO.File.ReadAllText(path));
        }
        catch (YamlException ex)
        {
            return (null, [$"{path}({ex.Start.Line},{ex.Start.Column}): {ex.InnerException?.Message ?? ex.Message}"]);
        }

        if (table is null || table.Routes.Count == 0)
        {
            return (null, [$"{path}: no routes; list them under 'routes'."]);
        }

        var errors = Validate(table, destinationExists).Select(e => $"{path}: {e}").ToList();
        return errors.Count == 0 ? (table, errors) : (null, errors);
    }

    private static IEnumerable<string> Validate(RoutingTable table, Func<string, bool> destinationExists)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < table.Routes.Count; i++)
        {
            var route = table.Routes[i];
            var where = $"route {i + 1}" + (string.IsNullOrWhiteSpace(route.Name) ? "" : $" '{route.Name}'");
            if (string.IsNullOrWhiteSpace(route.Name))
            {
                yield return $"{where} has no name.";
            }
            else if (!names.Add(route.Name))
            {
                yield return $"{where}: the name is used by an earlier route.";
            }

            if (route.Match.FhirVersion is { } version && version is not ("R4" or "STU3"))
            {
                yield return $"{where}: fhirVersion must be R4 or STU3, not '{version}'.";
            }

            if (route.Match.Where is { } condition && RouteConditions.Check(condition, route.Match.FhirVersion) is { } problem)
            {
                yield return $"{where}: {problem}";
            }

            if (route.To.Count == 0)
            {
                yield return $"{where} sends nowhere; list its targets under 'to'.";
            }

            if (route.Map is { } map && !RouteMappings.All.Contains(map, StringComparer.Ordinal))
            {
                yield return $"{where}: map '{map}' is not a mapping ({string.Join(", ", RouteMappings.All)}).";
            }

            foreach (var text in route.To)
            {
                var target = RouteTarget.Parse(text);
                if (target is null)
                {
                    yield return $"{where}: '{text}' is not a target (registered-gp, nominated-pharmacy, recipient or destination:ID).";
                }
                else if (target.Kind == RouteTargetKind.Destination && !destinationExists(target.DestinationId!))
                {
                    yield return $"{where}: destination '{target.DestinationId}' is not in the destination directory.";
                }
            }
        }
    }
}

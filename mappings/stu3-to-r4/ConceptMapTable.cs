using System.Collections.Frozen;
using Interop.Fhir.R4;
using Interop.Mappings.Common;

namespace Interop.Mappings.Stu3ToR4;

/// <summary>
/// One of the folder's ConceptMaps (FHIR R4 JSON, embedded in the assembly) as a lookup from (source system, code) to
/// (target system, code). URL maps have groups without a source system: their "codes" are URLs.
/// </summary>
internal sealed class ConceptMapTable
{
    private readonly FrozenDictionary<(string System, string Code), (string? System, string Code)> _map;

    private ConceptMapTable(FrozenDictionary<(string, string), (string?, string)> map) => _map = map;

    /// <summary>Loads the embedded ConceptMap whose file name is <paramref name="fileName"/>.</summary>
    public static ConceptMapTable Load(string fileName)
    {
        var conceptMap = EmbeddedConceptMap.Load(fileName);
        var map = new Dictionary<(string, string), (string?, string)>();
        foreach (var group in conceptMap.Group)
        {
            foreach (var element in group.Element)
            {
                var target = element.Target.SingleOrDefault(t => t.Equivalence?.Value is "equivalent" or "equal" or "wider" or "narrower");
                if (target?.Code?.Value is { } targetCode)
                {
                    map[(group.Source?.Value ?? "", element.Code!.Value!)] = (group.Target?.Value, targetCode);
                }
            }
        }

        return new ConceptMapTable(map.ToFrozenDictionary());
    }

    /// <summary>The target of a code in a group of <paramref name="sourceSystem"/> ("" for URL maps), if mapped.</summary>
    public (string? System, string Code)? Find(string sourceSystem, string code) =>
        _map.TryGetValue((sourceSystem, code), out var target) ? target : null;

    /// <summary>The target URL of a URL map entry, if mapped.</summary>
    public string? FindUrl(string url) => Find("", url)?.Code;
}

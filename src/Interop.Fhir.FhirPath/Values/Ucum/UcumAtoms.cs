using System.Collections.Frozen;

namespace Interop.Fhir.FhirPath.Values.Ucum;

/// <summary>
/// The UCUM atoms and prefixes the engine converts: SI length, mass, time, amount and volume, pressure and energy,
/// the customary units seen in clinical messages, and the time units that match FHIRPath calendar durations. The base
/// units are m, g, s, mol and K.
/// </summary>
internal static class UcumAtoms
{
    private static readonly UnitDimension Length = new(1, 0, 0, 0, 0);
    private static readonly UnitDimension Mass = new(0, 1, 0, 0, 0);
    private static readonly UnitDimension Time = new(0, 0, 1, 0, 0);
    private static readonly UnitDimension Amount = new(0, 0, 0, 1, 0);
    private static readonly UnitDimension Volume = new(3, 0, 0, 0, 0);
    private static readonly UnitDimension Frequency = new(0, 0, -1, 0, 0);
    private static readonly UnitDimension Pressure = new(-1, 1, -2, 0, 0);
    private static readonly UnitDimension Energy = new(2, 1, -2, 0, 0);

    /// <summary>Atoms by their case-sensitive code.</summary>
    public static readonly FrozenDictionary<string, UcumAtom> ByCode = new Dictionary<string, UcumAtom>(StringComparer.Ordinal)
    {
        ["1"] = new(1, 1, UnitDimension.None, IsMetric: false),
        ["10*"] = new(10, 1, UnitDimension.None, IsMetric: false),
        ["10^"] = new(10, 1, UnitDimension.None, IsMetric: false),
        ["%"] = new(1, 100, UnitDimension.None, IsMetric: false),
        ["[ppth]"] = new(1, 1_000, UnitDimension.None, IsMetric: false),
        ["[ppm]"] = new(1, 1_000_000, UnitDimension.None, IsMetric: false),
        ["[ppb]"] = new(1, 1_000_000_000, UnitDimension.None, IsMetric: false),
        ["m"] = new(1, 1, Length, IsMetric: true),
        ["[in_i]"] = new(0.0254m, 1, Length, IsMetric: false),
        ["[ft_i]"] = new(0.3048m, 1, Length, IsMetric: false),
        ["[yd_i]"] = new(0.9144m, 1, Length, IsMetric: false),
        ["[mi_i]"] = new(1609.344m, 1, Length, IsMetric: false),
        ["g"] = new(1, 1, Mass, IsMetric: true),
        ["t"] = new(1_000_000, 1, Mass, IsMetric: true),
        ["[lb_av]"] = new(453.59237m, 1, Mass, IsMetric: false),
        ["[oz_av]"] = new(28.349523125m, 1, Mass, IsMetric: false),
        ["[stone_av]"] = new(6350.29318m, 1, Mass, IsMetric: false),
        ["[gr]"] = new(0.06479891m, 1, Mass, IsMetric: false),
        ["s"] = new(1, 1, Time, IsMetric: true),
        ["min"] = new(60, 1, Time, IsMetric: false),
        ["h"] = new(3_600, 1, Time, IsMetric: false),
        ["d"] = new(86_400, 1, Time, IsMetric: false),
        ["wk"] = new(604_800, 1, Time, IsMetric: false),
        ["mo"] = new(2_629_800, 1, Time, IsMetric: false),
        ["a"] = new(31_557_600, 1, Time, IsMetric: false),
        ["Hz"] = new(1, 1, Frequency, IsMetric: true),
        ["mol"] = new(1, 1, Amount, IsMetric: true),
        ["eq"] = new(1, 1, Amount, IsMetric: true),
        ["osm"] = new(1, 1, Amount, IsMetric: true),
        ["kat"] = new(1, 1, new UnitDimension(0, 0, -1, 1, 0), IsMetric: true),
        ["U"] = new(1, 60_000_000, new UnitDimension(0, 0, -1, 1, 0), IsMetric: true),
        ["L"] = new(1, 1_000, Volume, IsMetric: true),
        ["l"] = new(1, 1_000, Volume, IsMetric: true),
        ["[gal_us]"] = new(0.003785411784m, 1, Volume, IsMetric: false),
        ["[pt_us]"] = new(0.000473176473m, 1, Volume, IsMetric: false),
        ["[foz_us]"] = new(0.0000295735295625m, 1, Volume, IsMetric: false),
        ["Pa"] = new(1_000, 1, Pressure, IsMetric: true),
        ["bar"] = new(100_000_000, 1, Pressure, IsMetric: true),
        ["m[Hg]"] = new(133_322_000, 1, Pressure, IsMetric: true),
        ["m[H2O]"] = new(9_806_650, 1, Pressure, IsMetric: true),
        ["N"] = new(1_000, 1, new UnitDimension(1, 1, -2, 0, 0), IsMetric: true),
        ["J"] = new(1_000, 1, Energy, IsMetric: true),
        ["cal"] = new(4_184, 1, Energy, IsMetric: true),
        ["W"] = new(1_000, 1, new UnitDimension(2, 1, -3, 0, 0), IsMetric: true),
        ["K"] = new(1, 1, new UnitDimension(0, 0, 0, 0, 1), IsMetric: true),
        ["Cel"] = new(1, 1, new UnitDimension(0, 0, 0, 0, 1), IsMetric: true, IsSpecial: true),
        ["[degF]"] = new(1, 1, new UnitDimension(0, 0, 0, 0, 1), IsMetric: false, IsSpecial: true),
        ["[iU]"] = new(1, 1, UnitDimension.None, IsMetric: true, IsSpecial: true),
        ["[IU]"] = new(1, 1, UnitDimension.None, IsMetric: true, IsSpecial: true),
        ["[arb'U]"] = new(1, 1, UnitDimension.None, IsMetric: false, IsSpecial: true),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The metric prefixes as fractions (numerator, denominator) of one.</summary>
    public static readonly FrozenDictionary<string, (decimal Numerator, decimal Denominator)> Prefixes =
        new Dictionary<string, (decimal, decimal)>(StringComparer.Ordinal)
        {
            ["Y"] = (1e24m, 1), ["Z"] = (1e21m, 1), ["E"] = (1e18m, 1), ["P"] = (1e15m, 1), ["T"] = (1e12m, 1),
            ["G"] = (1e9m, 1), ["M"] = (1e6m, 1), ["k"] = (1e3m, 1), ["h"] = (1e2m, 1), ["da"] = (10, 1),
            ["d"] = (1, 10), ["c"] = (1, 1e2m), ["m"] = (1, 1e3m), ["u"] = (1, 1e6m), ["n"] = (1, 1e9m),
            ["p"] = (1, 1e12m), ["f"] = (1, 1e15m), ["a"] = (1, 1e18m), ["z"] = (1, 1e21m), ["y"] = (1, 1e24m),
        }.ToFrozenDictionary(StringComparer.Ordinal);
}

namespace Interop.Mappings.Stu3ToR4;

/// <summary>The folder's ConceptMaps, loaded once.</summary>
internal static class ConversionMaps
{
    private const string Stu3V2 = "http://hl7.org/fhir/v2/";
    private const string Stu3V3 = "http://hl7.org/fhir/v3/";
    private const string Terminology = "http://terminology.hl7.org/CodeSystem/";

    private static readonly Lazy<ConceptMapTable> LazyExtensionUrls = new(() => ConceptMapTable.Load("ConceptMap-Stu3ToR4-ExtensionUrls.json"));
    private static readonly Lazy<ConceptMapTable> LazyCodeSystems = new(() => ConceptMapTable.Load("ConceptMap-Stu3ToR4-CodeSystems.json"));
    private static readonly Lazy<ConceptMapTable> LazyProfiles = new(() => ConceptMapTable.Load("ConceptMap-Stu3ToR4-Profiles.json"));
    private static readonly Lazy<ConceptMapTable> LazyStatusCodes = new(() => ConceptMapTable.Load("ConceptMap-Stu3ToR4-StatusCodes.json"));

    /// <summary>STU3 CareConnect / GP Connect extension URLs to UK Core ones.</summary>
    public static ConceptMapTable ExtensionUrls => LazyExtensionUrls.Value;

    /// <summary>STU3 CareConnect / GP Connect profiles to UK Core ones.</summary>
    public static ConceptMapTable Profiles => LazyProfiles.Value;

    /// <summary>Status codes whose form changed between the versions.</summary>
    public static ConceptMapTable StatusCodes => LazyStatusCodes.Value;

    /// <summary>The R4 URL of a code system: moved by the map or, for the HL7 v2/v3 tables, by their pattern; else unchanged.</summary>
    public static string CodeSystem(string stu3System)
    {
        if (LazyCodeSystems.Value.FindUrl(stu3System) is { } mapped)
        {
            return mapped;
        }

        if (stu3System.StartsWith(Stu3V2, StringComparison.Ordinal))
        {
            return string.Concat(Terminology, "v2-", stu3System.AsSpan(Stu3V2.Length));
        }

        return stu3System.StartsWith(Stu3V3, StringComparison.Ordinal)
            ? string.Concat(Terminology, "v3-", stu3System.AsSpan(Stu3V3.Length))
            : stu3System;
    }
}

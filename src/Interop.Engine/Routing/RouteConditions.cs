using Interop.Engine.Messages;
using Interop.Fhir;
using Interop.Fhir.FhirPath;

namespace Interop.Engine.Routing;

/// <summary>The FHIRPath conditions of routing rules: checked against the model when the rules load, compiled once, evaluated per message.</summary>
internal static class RouteConditions
{
    private static readonly FhirPathCompiler R4 = new(Interop.Fhir.R4.FhirModel.Instance);
    private static readonly FhirPathCompiler Stu3 = new(Interop.Fhir.Stu3.FhirModel.Instance);
    private static readonly FhirPathCompileOptions OnBundle = new() { Strict = true, ContextType = "Bundle" };

    /// <summary>
    /// Why <paramref name="condition"/> cannot be used for messages of <paramref name="fhirVersion"/> (both versions when null),
    /// or null when it can. Names are checked strictly: a condition naming an element the Bundle's resources do not have would
    /// never match, silently.
    /// </summary>
    public static string? Check(string condition, string? fhirVersion)
    {
        var problems = new List<string>();
        foreach (var version in fhirVersion is null ? [FhirVersions.R4, FhirVersions.Stu3] : new[] { fhirVersion })
        {
            try
            {
                Compiler(version).Compile(condition, OnBundle);
                return null;
            }
            catch (FhirPathException e)
            {
                problems.Add($"{version}: {e.Message}");
            }
        }

        return $"the condition '{condition}' is not valid FHIRPath on a {fhirVersion ?? "R4 or STU3"} Bundle ({string.Join("; ", problems)}).";
    }

    /// <summary>Whether <paramref name="condition"/> is true of <paramref name="bundle"/>.</summary>
    /// <exception cref="FhirPathException">The condition failed on this message (a limit, more than one item where one was needed).</exception>
    public static bool IsTrue(string condition, string fhirVersion, Base bundle) =>
        Compiler(fhirVersion).Compile(condition, OnBundle with { Strict = false }).IsTrue(bundle);

    private static FhirPathCompiler Compiler(string fhirVersion) => fhirVersion == FhirVersions.R4 ? R4 : Stu3;
}

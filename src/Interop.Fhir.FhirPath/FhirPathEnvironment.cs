namespace Interop.Fhir.FhirPath;

/// <summary>What an evaluation sees besides its input: variables, the clock, services and limits.</summary>
public sealed class FhirPathEnvironment
{
    /// <summary>An environment with nothing supplied.</summary>
    public static FhirPathEnvironment Default { get; } = new();

    /// <summary><c>%resource</c>: the resource containing the input; the input itself when null.</summary>
    public Base? Resource { get; init; }

    /// <summary><c>%rootResource</c>: the outermost resource (a Bundle, or the container of a contained resource); <see cref="Resource"/> when null.</summary>
    public Base? RootResource { get; init; }

    /// <summary>
    /// The Bundle whose entries <c>resolve()</c> searches (the message or document the resource is an entry of);
    /// <see cref="RootResource"/> when null. Separate from it because FHIR makes an entry's <c>%rootResource</c> the entry itself.
    /// </summary>
    public Base? Bundle { get; init; }

    /// <summary>User variables, named without the <c>%</c>.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<object>> Variables { get; init; } =
        new Dictionary<string, IReadOnlyList<object>>(StringComparer.Ordinal);

    /// <summary>The clock <c>now()</c>, <c>today()</c> and <c>timeOfDay()</c> read, once per evaluation.</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Receives <c>trace(name)</c> output; nothing is traced when null.</summary>
    public Action<string, IReadOnlyList<object>>? Trace { get; init; }

    /// <summary>Answers <c>memberOf()</c>; the function fails with FP306 when null.</summary>
    public IValueSetMembership? Terminology { get; init; }

    /// <summary>Answers <c>conformsTo()</c>; the function fails with FP306 when null.</summary>
    public IProfileConformance? Profiles { get; init; }

    /// <summary>Bounds on the evaluation.</summary>
    public FhirPathLimits Limits { get; init; } = FhirPathLimits.Default;
}

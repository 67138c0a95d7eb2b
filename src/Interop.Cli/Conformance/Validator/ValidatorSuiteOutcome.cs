namespace Interop.Cli.Conformance.Validator;

/// <summary>The outcome of a validator suite run: every case's outcome in manifest order, the agreement counts, and Firely's beside ours.</summary>
/// <param name="Suite">The suite's name in reports (<c>validator-r4</c>).</param>
/// <param name="Outcomes">Every case's outcome, in manifest order.</param>
internal sealed record ValidatorSuiteOutcome(string Suite, IReadOnlyList<CaseOutcome> Outcomes)
{
    /// <summary>The share of cases on which the engine must agree with the reference (valid or invalid).</summary>
    public const double RequiredAgreementRatio = 0.90;

    /// <summary>How many cases there are.</summary>
    public int Total => Outcomes.Count;

    /// <summary>How many cases the engine agrees with the reference on.</summary>
    public int Agreed => Outcomes.Count(o => o.Agrees);

    /// <summary>How many cases the engine finds exactly as many errors as the reference on.</summary>
    public int SameCount => Outcomes.Count(o => o.SameCount);

    /// <summary>Agreed over total: a case that could not run counts as a disagreement.</summary>
    public double AgreementRatio => Total == 0 ? 0 : (double)Agreed / Total;

    /// <summary>Whether the engine agrees with the reference on at least <see cref="RequiredAgreementRatio"/> of the cases.</summary>
    public bool MeetsGoal => AgreementRatio >= RequiredAgreementRatio;

    /// <summary>The outcomes of the cases the suite records a Firely SDK outcome for.</summary>
    public IReadOnlyList<CaseOutcome> FirelyCases => [.. Outcomes.Where(o => o.Case.Firely is not null)];

    /// <summary>On <see cref="FirelyCases"/>, how many Firely agrees with the reference on.</summary>
    public int FirelyAgreed => FirelyCases.Count(o => o.Case.Firely!.IsValid == o.Case.Expected.IsValid);

    /// <summary>On <see cref="FirelyCases"/>, how many Firely finds exactly as many errors as the reference on.</summary>
    public int FirelySameCount => FirelyCases.Count(o => o.Case.Firely!.ErrorCount == o.Case.Expected.ErrorCount);
}

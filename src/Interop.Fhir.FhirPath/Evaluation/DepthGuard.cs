namespace Interop.Fhir.FhirPath.Evaluation;

/// <summary>Leaves a nested iteration when disposed.</summary>
internal readonly struct DepthGuard(EvaluationScope scope) : IDisposable
{
    /// <inheritdoc />
    public void Dispose() => scope.Leave();
}

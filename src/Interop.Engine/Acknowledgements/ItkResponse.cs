namespace Interop.Engine.Acknowledgements;

/// <summary>The answer an ITK response carries: the response type and the ITK3 response code.</summary>
/// <param name="Kind">Infrastructure or business.</param>
/// <param name="ResponseCode">MessageHeader.response.code: <c>ok</c>, <c>transient-error</c> or <c>fatal-error</c>.</param>
/// <param name="ItkCode">The code from ITK-ResponseCodes-1.</param>
/// <param name="EngineCode">The engine's own code for the outcome (RCV…, RTE…, VAL…, DLV…), carried in the outcome's diagnostics.</param>
/// <param name="Text">A short explanation with no patient data.</param>
public sealed record ItkResponse(ItkResponseKind Kind, string ResponseCode, string ItkCode, string? EngineCode, string Text)
{
    /// <summary>Whether the response is positive.</summary>
    public bool IsPositive => ResponseCode == "ok";
}

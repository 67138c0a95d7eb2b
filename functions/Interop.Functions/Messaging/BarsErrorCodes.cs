namespace Interop.Functions.Messaging;

/// <summary>
/// The BaRS error codes a receiving system answers with (<c>https://fhir.nhs.uk/CodeSystem/http-error-codes</c>), one per
/// HTTP status, as the standard's OperationOutcome examples give them.
/// </summary>
internal static class BarsErrorCodes
{
    /// <summary>The code system of the BaRS error codes.</summary>
    public const string CodeSystem = "https://fhir.nhs.uk/CodeSystem/http-error-codes";

    /// <summary>The receiver's code for an answer with <paramref name="status"/>.</summary>
    public static string For(int status) => status switch
    {
        401 => "REC_UNAUTHORIZED",
        403 => "REC_FORBIDDEN",
        404 => "REC_NOT_FOUND",
        405 => "REC_METHOD_NOT_ALLOWED",
        406 => "REC_NOT_ACCEPTABLE",
        409 => "REC_CONFLICT",
        422 => "REC_UNPROCESSABLE_ENTITY",
        503 => "REC_SERVICE_UNAVAILABLE",
        504 => "REC_TIMEOUT",
        >= 500 => "REC_SERVER_ERROR",

        // 400, 413 and 415 have no code of their own in the standard: the request is bad.
        _ => "REC_BAD_REQUEST",
    };
}

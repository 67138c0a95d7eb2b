namespace Interop.Functions.Errors;

/// <summary>A problem the host itself answers with an OperationOutcome: a stable code, its HTTP status and its FHIR issue severity and type.</summary>
/// <param name="Code">The stable code in <see cref="CodeSystem"/>; clients may rely on it, so codes are never reused.</param>
/// <param name="StatusCode">The HTTP status of the response.</param>
/// <param name="Severity">OperationOutcome.issue.severity.</param>
/// <param name="IssueType">OperationOutcome.issue.code (the same code in R4 and STU3).</param>
/// <param name="Display">A fixed description; never built from the request or an exception.</param>
internal sealed record HostIssue(string Code, int StatusCode, string Severity, string IssueType, string Display)
{
    /// <summary>The code system of host issue codes (the reserved <c>.example</c> domain until the project has one of its own).</summary>
    public const string CodeSystem = "https://interop.example/fhir/CodeSystem/host-issue";

    /// <summary>No endpoint has this path.</summary>
    public static HostIssue NotFound { get; } =
        new("HOST404", StatusCodes.Status404NotFound, "error", "not-found", "No endpoint exists at this path.");

    /// <summary>The endpoint exists but not for this HTTP method.</summary>
    public static HostIssue MethodNotAllowed { get; } =
        new("HOST405", StatusCodes.Status405MethodNotAllowed, "error", "not-supported", "This endpoint does not support the HTTP method.");

    /// <summary>The client accepts none of the formats the host writes.</summary>
    public static HostIssue NotAcceptable { get; } =
        new("HOST406", StatusCodes.Status406NotAcceptable, "error", "not-supported", "The requested format is not supported; use application/fhir+json or application/fhir+xml.");

    /// <summary>The request has no bearer token, or one that is invalid, expired or not for this host.</summary>
    public static HostIssue Unauthorized { get; } =
        new("HOST401", StatusCodes.Status401Unauthorized, "error", "login", "A valid bearer token is required.");

    /// <summary>The client is authenticated but may not do this.</summary>
    public static HostIssue Forbidden { get; } =
        new("HOST403", StatusCodes.Status403Forbidden, "error", "forbidden", "The client is not allowed to do this.");

    /// <summary>The request body is larger than <c>Interop:Limits:MaxBodyBytes</c>.</summary>
    public static HostIssue PayloadTooLarge { get; } =
        new("HOST413", StatusCodes.Status413PayloadTooLarge, "error", "too-costly", "The request body is larger than the host accepts.");

    /// <summary>The client has used up its request rate; the Retry-After header says when to try again.</summary>
    public static HostIssue TooManyRequests { get; } =
        new("HOST429", StatusCodes.Status429TooManyRequests, "error", "throttled", "Too many requests; retry after the time in the Retry-After header.");

    /// <summary>The request ran longer than <c>Interop:Limits:RequestTimeout</c> and was abandoned.</summary>
    public static HostIssue RequestTimedOut { get; } =
        new("HOST503", StatusCodes.Status503ServiceUnavailable, "error", "timeout", "The request took longer than the host allows.");

    /// <summary>An unexpected fault; the details are in the host log under the response's trace id.</summary>
    public static HostIssue InternalError { get; } =
        new("HOST500", StatusCodes.Status500InternalServerError, "fatal", "exception", "An unexpected error occurred.");

    /// <summary>Any other client error the framework answers before an endpoint runs (the status is kept).</summary>
    public static HostIssue OtherClientError { get; } =
        new("HOST400", StatusCodes.Status400BadRequest, "error", "processing", "The request could not be processed.");

    /// <summary>The issue for an error status set without a body, so every error status still carries an OperationOutcome.</summary>
    public static HostIssue ForStatus(int statusCode) => statusCode switch
    {
        StatusCodes.Status401Unauthorized => Unauthorized,
        StatusCodes.Status403Forbidden => Forbidden,
        StatusCodes.Status404NotFound => NotFound,
        StatusCodes.Status405MethodNotAllowed => MethodNotAllowed,
        StatusCodes.Status406NotAcceptable => NotAcceptable,
        StatusCodes.Status413PayloadTooLarge => PayloadTooLarge,
        StatusCodes.Status429TooManyRequests => TooManyRequests,
        >= 500 => InternalError with { StatusCode = statusCode },
        _ => OtherClientError with { StatusCode = statusCode },
    };
}

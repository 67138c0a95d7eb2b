using Interop.Functions.Fhir;
using Microsoft.AspNetCore.Diagnostics;

namespace Interop.Functions.Errors;

/// <summary>Answers every unhandled exception with a HOST500 OperationOutcome and logs where it came from, never what it said.</summary>
internal sealed partial class OperationOutcomeExceptionHandler(FhirResponder responder, ILogger<OperationOutcomeExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        // An exception's message can quote the request (a parse error, an NHS number), so only its type and stack are logged.
        LogUnhandled(logger, exception.GetType().FullName, httpContext.TraceIdentifier, exception.StackTrace);
        await responder.WriteIssueAsync(httpContext, HostIssue.InternalError);
        return true;
    }

    [LoggerMessage(EventId = 500, Level = LogLevel.Error, Message = "HOST500: unhandled {ExceptionType} (trace id {TraceId}) at {StackTrace}")]
    private static partial void LogUnhandled(ILogger logger, string? exceptionType, string traceId, string? stackTrace);
}

using Interop.Engine.Messages;
using Interop.Functions.Fhir;
using Interop.Functions.Security;

namespace Interop.Functions.Messaging;

/// <summary>The FHIR endpoints senders post to: <c>$process-message</c> for each version and the R4 transaction/batch endpoint.</summary>
internal static class MessagingEndpoints
{
    /// <summary>Maps the endpoints, each behind the sender policy.</summary>
    public static IEndpointRouteBuilder MapMessaging(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost(FhirPaths.R4 + "/$process-message", static (HttpContext context, MessageIntake intake) => intake.ReceiveAsync(context, FhirVersions.R4, transaction: false))
            .RequireAuthorization(InteropPolicies.Sender);
        endpoints.MapPost(FhirPaths.Stu3 + "/$process-message", static (HttpContext context, MessageIntake intake) => intake.ReceiveAsync(context, FhirVersions.Stu3, transaction: false))
            .RequireAuthorization(InteropPolicies.Sender);
        endpoints.MapPost(FhirPaths.R4, static (HttpContext context, MessageIntake intake) => intake.ReceiveAsync(context, FhirVersions.R4, transaction: true))
            .RequireAuthorization(InteropPolicies.Sender);
        return endpoints;
    }
}

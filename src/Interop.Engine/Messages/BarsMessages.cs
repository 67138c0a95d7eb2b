using System.Text;
using System.Text.Json;
using Interop.Engine.Receiving;

namespace Interop.Engine.Messages;

/// <summary>The Booking and Referral Standard's conventions the engine follows on the way in and on the way out.</summary>
public static class BarsMessages
{
    /// <summary>The code system of BaRS message events (<c>servicerequest-request</c>...).</summary>
    public const string EventSystem = "https://fhir.nhs.uk/CodeSystem/message-events-bars";

    /// <summary>The header naming the target service: the base64 of a JSON object with <c>value</c> and <c>system</c>.</summary>
    public const string TargetIdentifierHeader = "NHSD-Target-Identifier";

    /// <summary>Whether <paramref name="envelope"/> is a BaRS message.</summary>
    public static bool IsBars(MessageEnvelope envelope) => envelope.EventSystem == EventSystem;

    /// <summary>The <c>NHSD-Target-Identifier</c> value naming the Directory of Services service <paramref name="serviceId"/>.</summary>
    public static string TargetIdentifier(string serviceId) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, string>
        {
            ["value"] = serviceId,
            ["system"] = NhsIdentifiers.DosServiceId,
        })));
}

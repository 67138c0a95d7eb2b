namespace Interop.Engine.Acknowledgements;

/// <summary>The ITK3 code systems and the displays of the response codes the engine sends (ITK-ResponseCodes-1).</summary>
public static class ItkCodes
{
    /// <summary>ITK-ResponseCodes-1.</summary>
    public const string ResponseCodeSystem = "https://fhir.nhs.uk/STU3/CodeSystem/ITK-ResponseCodes-1";

    /// <summary>ITK-MessageEvent-2.</summary>
    public const string MessageEventSystem = "https://fhir.nhs.uk/STU3/CodeSystem/ITK-MessageEvent-2";

    /// <summary>The ITK Response event.</summary>
    public const string ResponseEvent = "ITK008M";

    /// <summary>Success.</summary>
    public const string Success = "20013";

    /// <summary>The display of an ITK response code, as the code system gives it.</summary>
    public static string Display(string code) => code switch
    {
        "10001" => "Handling Specification Error",
        "20001" => "Unrecognised Recipient Person",
        "20002" => "Unrecognised Recipient Organisation",
        "20003" => "Unrecognised Sender",
        "20006" => "ITK header validation failure",
        "20007" => "Duplicate Message received",
        "20009" => "Payload validation failure",
        "20012" => "Unauthorised Sender",
        "20013" => "Success",
        "20015" => "Message too large",
        _ => code,
    };
}

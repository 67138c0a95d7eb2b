namespace Interop.Functions.Security;

/// <summary>What a client is for; senders and operators are kept apart so neither can do the other's work.</summary>
internal enum ClientRole
{
    /// <summary>A clinical system that posts messages to the FHIR endpoints.</summary>
    Sender,

    /// <summary>An interface team member or tool that uses the <c>/api</c> endpoints.</summary>
    Operator,
}

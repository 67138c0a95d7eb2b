namespace Interop.Engine.Alerts;

/// <summary>What a webhook notification says about an incident.</summary>
internal enum AlertStatus
{
    /// <summary>The condition began to hold.</summary>
    Firing,

    /// <summary>The condition cleared.</summary>
    Resolved,
}

namespace Interop.Engine.Alerts;

/// <summary>The engine events alert rules count.</summary>
internal enum AlertSignal
{
    /// <summary>A message taken in or refused at the door (not a duplicate).</summary>
    Received,

    /// <summary>A message refused at the door or rejected by a later step.</summary>
    Rejected,

    /// <summary>A delivery dead-lettered.</summary>
    DeadLettered,
}

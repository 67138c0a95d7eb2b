namespace Interop.Engine.Pipeline;

/// <summary>The names of the pipeline steps on a message's timeline.</summary>
public static class PipelineSteps
{
    /// <summary>Receive: read, check, store.</summary>
    public const string Receive = "receive";

    /// <summary>Validate: check the message against its profiles and the NHS rules.</summary>
    public const string Validate = "validate";

    /// <summary>Route: choose destinations.</summary>
    public const string Route = "route";

    /// <summary>Deliver: one HTTP attempt to one destination.</summary>
    public const string Deliver = "deliver";

    /// <summary>Acknowledge: an ITK response to the sender.</summary>
    public const string Acknowledge = "acknowledge";

    /// <summary>Supersede: a replacement document and the message it replaces, each naming the other.</summary>
    public const string Supersede = "supersede";

    /// <summary>Replay: an operator sent the message again.</summary>
    public const string Replay = "replay";
}

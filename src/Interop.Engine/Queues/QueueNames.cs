namespace Interop.Engine.Queues;

/// <summary>The engine's queues, one per pipeline step; a job that fails too often moves to the queue's poison queue.</summary>
public static class QueueNames
{
    /// <summary>Messages to validate.</summary>
    public const string Validate = "validate";

    /// <summary>Messages to route.</summary>
    public const string Route = "route";

    /// <summary>Deliveries to make, one job per message and destination.</summary>
    public const string Deliver = "deliver";

    /// <summary>ITK acknowledgements to send.</summary>
    public const string Acknowledge = "acknowledge";

    /// <summary>Every step's queue, in pipeline order.</summary>
    public static IReadOnlyList<string> Steps { get; } = [Validate, Route, Deliver, Acknowledge];

    /// <summary>Every step's queue, each followed by its poison queue.</summary>
    public static IReadOnlyList<string> All { get; } = [.. Steps.SelectMany(queue => new[] { queue, Poison(queue) })];

    /// <summary>The poison queue of <paramref name="queue"/> (the Azure Functions convention).</summary>
    public static string Poison(string queue) => queue + "-poison";
}

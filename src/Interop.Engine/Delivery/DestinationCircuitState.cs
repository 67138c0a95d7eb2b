namespace Interop.Engine.Delivery;

/// <summary>A destination's circuit breaker state, for metrics and the console.</summary>
public enum DestinationCircuitState
{
    /// <summary>Requests flow.</summary>
    Closed,

    /// <summary>Requests are refused until the break duration has passed.</summary>
    Open,

    /// <summary>One trial request is in flight; its outcome closes or reopens the circuit.</summary>
    HalfOpen,

    /// <summary>Held open by an operator.</summary>
    Isolated,
}

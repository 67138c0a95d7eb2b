namespace Interop.Engine.Delivery;

/// <summary>The circuit breaker state of each destination.</summary>
public interface IDestinationHealth
{
    /// <summary>The state of the destination's circuit breaker; throws <see cref="ArgumentException"/> for an id the directory does not know.</summary>
    DestinationCircuitState GetState(string destinationId);
}

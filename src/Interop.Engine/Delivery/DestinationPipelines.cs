using Interop.Engine.Destinations;
using Polly;
using Polly.CircuitBreaker;
using Polly.Registry;

namespace Interop.Engine.Delivery;

/// <summary>One resilience pipeline per destination, built once at start so each destination has exactly one circuit breaker.</summary>
internal sealed class DestinationPipelines : IDestinationHealth, IDisposable
{
    private readonly ResiliencePipelineRegistry<string> _registry = new();
    private readonly Dictionary<string, (ResiliencePipeline<HttpResponseMessage> Pipeline, CircuitBreakerStateProvider State)> _byId =
        new(StringComparer.OrdinalIgnoreCase);

    public DestinationPipelines(IDestinationDirectory directory, TimeProvider timeProvider)
    {
        foreach (var destination in directory.All)
        {
            var state = new CircuitBreakerStateProvider();
            var pipeline = _registry.GetOrAddPipeline<HttpResponseMessage>(
                destination.Id,
                builder => DeliveryPipeline.Configure(builder, destination, state, timeProvider));
            _byId.Add(destination.Id, (pipeline, state));
        }
    }

    public ResiliencePipeline<HttpResponseMessage> Get(string destinationId) => Find(destinationId).Pipeline;

    public DestinationCircuitState GetState(string destinationId) => Find(destinationId).State.CircuitState switch
    {
        CircuitState.Open => DestinationCircuitState.Open,
        CircuitState.HalfOpen => DestinationCircuitState.HalfOpen,
        CircuitState.Isolated => DestinationCircuitState.Isolated,
        _ => DestinationCircuitState.Closed,
    };

    public void Dispose() => _registry.Dispose();

    private (ResiliencePipeline<HttpResponseMessage> Pipeline, CircuitBreakerStateProvider State) Find(string destinationId) =>
        _byId.TryGetValue(destinationId, out var entry)
            ? entry
            : throw new ArgumentException($"Destination '{destinationId}' is not in the destination directory.", nameof(destinationId));
}

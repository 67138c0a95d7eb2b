namespace Interop.Engine.Delivery;

/// <summary>Delivers one payload to one destination over HTTP, retrying transient failures behind the destination's circuit breaker.</summary>
public interface IDeliveryClient
{
    /// <summary>POSTs the payload to the destination and reports the outcome with every HTTP attempt made; throws only when cancelled.</summary>
    Task<DeliveryResult> DeliverAsync(DeliveryRequest request, CancellationToken cancellationToken);
}

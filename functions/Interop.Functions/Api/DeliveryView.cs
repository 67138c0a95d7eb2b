using Interop.Engine.Messages;

namespace Interop.Functions.Api;

/// <summary>One delivery in a <see cref="MessageView"/>.</summary>
internal sealed record DeliveryView(string Destination, DeliveryStatus Status, int Attempts, string? LastError, DateTimeOffset UpdatedAt);

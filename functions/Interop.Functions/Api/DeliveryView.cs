using Interop.Engine.Messages;

namespace Interop.Functions.Api;

/// <summary>One delivery in a <see cref="MessageView"/>; <c>mapping</c> names what the message became for it, when not itself.</summary>
internal sealed record DeliveryView(string Destination, DeliveryStatus Status, int Attempts, string? LastError, DateTimeOffset UpdatedAt, string? Mapping);

using Interop.Engine.Messages;
using Interop.Engine.Queues;
using Interop.Engine.Storage;

namespace Interop.Engine.Tests.TestSupport;

/// <summary>A store holding one message in memory, applying updates to it and keeping the jobs they enqueue.</summary>
internal sealed class FakeMessageStore(StoredMessage message, byte[] payload) : IMessageStore
{
    public StoredMessage Message { get; private set; } = message;

    public List<QueueJob> Jobs { get; } = [];

    /// <summary>The jobs that updates said they complete.</summary>
    public List<LeasedMessage> CompletedJobs { get; } = [];

    public Task<StoredMessage?> FindAsync(string messageId, CancellationToken cancellationToken) =>
        Task.FromResult(messageId == Message.Id ? Message : null);

    /// <summary>How many times the payload was read.</summary>
    public int PayloadReads { get; private set; }

    public Task<byte[]?> ReadPayloadAsync(string messageId, CancellationToken cancellationToken)
    {
        PayloadReads++;
        return Task.FromResult(messageId == Message.Id ? payload : null);
    }

    /// <summary>Keeps no queues, so never completes the update's job.</summary>
    public Task<bool> ApplyAsync(MessageUpdate update, CancellationToken cancellationToken)
    {
        Message = Message with { Status = update.Status ?? Message.Status, Timeline = [.. Message.Timeline, .. update.Timeline] };
        Jobs.AddRange(update.Jobs);
        if (update.CompletesJob is { } job)
        {
            CompletedJobs.Add(job);
        }

        return Task.FromResult(false);
    }

    public Task<AcceptResult> AcceptAsync(IncomingMessage message, QueueJob firstJob, IReadOnlyList<QueueJob> jobsIfDuplicate, CancellationToken cancellationToken) =>
        throw new NotSupportedException();

    public Task RejectAsync(IncomingMessage message, TimelineEntry reason, IReadOnlyList<QueueJob> jobs, CancellationToken cancellationToken) => throw new NotSupportedException();

    public Task<MessagePage> SearchAsync(MessageQuery query, CancellationToken cancellationToken) => throw new NotSupportedException();
}

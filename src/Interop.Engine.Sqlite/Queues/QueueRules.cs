using System.Text;
using Interop.Engine.Queues;

namespace Interop.Engine.Sqlite.Queues;

/// <summary>The checks Azure Storage Queues would make, made before a job reaches the writer so a bad one fails alone.</summary>
internal static class QueueRules
{
    /// <summary>The most jobs one receive returns (Azure's limit).</summary>
    public const int MaxReceive = 32;

    public static void Validate(QueueJob job, string paramName)
    {
        ArgumentNullException.ThrowIfNull(job, paramName);
        ValidateName(job.Queue, paramName);
        ArgumentNullException.ThrowIfNull(job.Body, paramName);
        if (Encoding.UTF8.GetByteCount(job.Body) > QueueJob.MaxBodyBytes)
        {
            throw new ArgumentException($"A queue job's body must be at most {QueueJob.MaxBodyBytes} UTF-8 bytes.", paramName);
        }

        if (job.VisibilityDelay < TimeSpan.Zero)
        {
            throw new ArgumentException("A queue job's visibility delay cannot be negative.", paramName);
        }
    }

    public static void ValidateName(string? queue, string paramName)
    {
        if (queue is null || queue.Length is < 3 or > 63 || !queue.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
        {
            throw new ArgumentException("A queue name is 3-63 lower-case letters, digits and hyphens.", paramName);
        }
    }
}

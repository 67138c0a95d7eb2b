using Microsoft.Extensions.Options;

namespace Interop.Engine.Sqlite;

/// <summary>Refuses options the engine cannot start with, naming each problem.</summary>
internal sealed class SqliteEngineOptionsValidator : IValidateOptions<SqliteEngineOptions>
{
    public ValidateOptionsResult Validate(string? name, SqliteEngineOptions options)
    {
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DatabasePath))
        {
            failures.Add("DatabasePath is required.");
        }

        if (options.BusyTimeout < TimeSpan.Zero || options.BusyTimeout > TimeSpan.FromMinutes(10))
        {
            failures.Add("BusyTimeout must be between 0 and 10 minutes.");
        }

        if (options.MaxBatchSize is < 1 or > 10_000)
        {
            failures.Add("MaxBatchSize must be between 1 and 10000.");
        }

        if (options.WriteQueueCapacity < 1)
        {
            failures.Add("WriteQueueCapacity must be at least 1.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}

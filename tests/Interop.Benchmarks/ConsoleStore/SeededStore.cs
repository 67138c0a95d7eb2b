using System.Diagnostics;
using Interop.Engine.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Interop.Benchmarks.ConsoleStore;

/// <summary>
/// A store of <see cref="Count"/> messages for the console benchmarks, kept under the temp folder (or
/// <c>INTEROP_BENCH_STORE</c>) for later runs. The first <see cref="BlockSize"/> messages go through the store's own API;
/// the rest are copies of that block moved later in time (<see cref="BlockCopies"/>), because the API writes about 170
/// messages a second on the shared 2-core machine and a million would take well over an hour.
/// </summary>
internal static class SeededStore
{
    public const int Count = 1_000_000;

    public const int BlockSize = Count / Copies;

    private const int Copies = 16;

    /// <summary>The folder holding the seeded <c>interop.db</c>.</summary>
    public static string Folder => Environment.GetEnvironmentVariable("INTEROP_BENCH_STORE")
        ?? Path.Combine(Path.GetTempPath(), "interop-bench-store-1m");

    public static string DatabasePath => Path.Combine(Folder, "interop.db");

    /// <summary>Seeds the store unless a finished one is there; a stopped run starts again, from the copies when its block is written.</summary>
    public static void Ensure()
    {
        if (File.Exists(DatabasePath))
        {
            return;
        }

        var seeding = Folder + ".seeding";
        var watch = Stopwatch.StartNew();
        var path = Path.Combine(seeding, "interop.db");
        var blockDone = Path.Combine(seeding, "block.done");
        if (!File.Exists(blockDone))
        {
            if (Directory.Exists(seeding))
            {
                Directory.Delete(seeding, recursive: true);
            }

            using (var services = Open(path, forSeeding: true))
            {
                StoreSeeder.SeedAsync(services, BlockSize, Count).GetAwaiter().GetResult();
            }

            File.WriteAllText(blockDone, "");
            Console.WriteLine($"Seeded {BlockSize:N0} messages through the store in {watch.Elapsed:g}");
        }

        BlockCopies.Fill(path, Copies, SeedPlan.Span / Copies);
        File.Delete(blockDone);
        Directory.Move(seeding, Folder);
        Console.WriteLine($"Seeded {Count:N0} messages in {watch.Elapsed:g} to {DatabasePath} ({new FileInfo(DatabasePath).Length / (1 << 20):N0} MiB)");
    }

    /// <summary>The engine's services over <paramref name="path"/>.</summary>
    public static ServiceProvider Open(string path, bool forSeeding = false) =>
        new ServiceCollection()
            .AddLogging()
            .AddSqliteEngine(options =>
            {
                options.DatabasePath = path;
                if (forSeeding)
                {
                    // Bigger group commits: seeding is one long burst from many callers.
                    options.MaxBatchSize = 4096;
                    options.WriteQueueCapacity = 16_384;
                }
            })
            .BuildServiceProvider();
}

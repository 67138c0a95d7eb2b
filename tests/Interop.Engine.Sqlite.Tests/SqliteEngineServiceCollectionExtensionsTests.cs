using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Interop.Engine.Sqlite.Tests;

public sealed class SqliteEngineServiceCollectionExtensionsTests
{
    [Fact]
    public void AddSqliteEngine_NoDatabasePath_FailsValidation()
    {
        using var services = new ServiceCollection().AddLogging().AddSqliteEngine().BuildServiceProvider();

        var read = () => services.GetRequiredService<IOptions<SqliteEngineOptions>>().Value;

        read.Should().Throw<OptionsValidationException>().Which.Failures.Should().ContainSingle();
    }

    [Fact]
    public void AddSqliteEngine_BatchSizeZero_FailsValidation()
    {
        using var services = new ServiceCollection().AddLogging()
            .AddSqliteEngine(o => (o.DatabasePath, o.MaxBatchSize) = ("x.db", 0)).BuildServiceProvider();

        var read = () => services.GetRequiredService<IOptions<SqliteEngineOptions>>().Value;

        read.Should().Throw<OptionsValidationException>();
    }
}

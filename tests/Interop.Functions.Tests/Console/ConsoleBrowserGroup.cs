namespace Interop.Functions.Tests.Console;

/// <summary>
/// The browser tests share one seeded engine and one Chromium, and run after the parallel tests, alone: a browser on a
/// busy machine would slow the timing-sensitive engine tests, and they would slow it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleBrowserGroup : ICollectionFixture<ConsoleFixture>
{
    public const string Name = "Console in the browser";
}

using Interop.Engine.Local;
using Microsoft.Playwright;

namespace Interop.Functions.Tests.Console;

/// <summary>Saves a test's screenshots as artefacts under <c>.test-results/screenshots/</c>, named by test and step.</summary>
internal sealed class Screenshots(string test)
{
    private static readonly string Folder = Path.Combine(
        RepositoryRoot.Find() ?? AppContext.BaseDirectory, ".test-results", "screenshots");

    private int _step;

    /// <summary>The whole page as it is now, saved as <c>{test}-{nn}-{step}.png</c>.</summary>
    public async Task TakeAsync(IPage page, string step)
    {
        _step++;
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"{test}-{_step:00}-{step}.png"), FullPage = true });
    }
}

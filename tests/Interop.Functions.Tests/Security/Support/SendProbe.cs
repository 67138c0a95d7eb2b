namespace Interop.Functions.Tests.Security.Support;

/// <summary>Counts calls to the test send endpoint.</summary>
internal sealed class SendProbe
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public void Called() => Interlocked.Increment(ref _calls);
}

namespace EGov.Collab.Tests.Support;

/// <summary>
/// Waits for a server-side state a test needs (polling it), failing with <paramref name="because"/> after a bound generous
/// enough for a loaded machine. For what a browser shows, use Playwright's expectations instead.
/// </summary>
public static class Until
{
    public static async Task TrueAsync(Func<bool> condition, string because, int timeoutSeconds = 90)
    {
        var deadline = DateTime.UtcNow.AddSeconds(timeoutSeconds);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Still not true after {timeoutSeconds} s: {because}");
            await Task.Delay(50);
        }
    }
}

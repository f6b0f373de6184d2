using Hangfire.AspNetCore;
using Hangfire.Logging;

namespace EGov.Collab.App.Jobs;

/// <summary>
/// Hangfire's log provider is process-wide: the last host to configure Hangfire sets it. When that host stops (a test
/// host, a blue-green switch) its logger factory is disposed, and the next host to create a Hangfire client — a page
/// injecting IBackgroundJobClient — threw ObjectDisposedException in the middle of rendering. This provider turns a
/// disposed factory into silence instead.
/// </summary>
internal sealed class HostSafeLogProvider(ILoggerFactory loggerFactory) : ILogProvider
{
    private readonly AspNetCoreLogProvider _inner = new(loggerFactory);

    public ILog GetLogger(string name)
    {
        try
        {
            return new HostSafeLog(_inner.GetLogger(name));
        }
        catch (ObjectDisposedException)
        {
            return Silent.Instance;
        }
    }

    private sealed class HostSafeLog(ILog inner) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                return inner.Log(logLevel, messageFunc, exception);
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }
    }

    private sealed class Silent : ILog
    {
        public static readonly Silent Instance = new();

        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null) => false;
    }
}

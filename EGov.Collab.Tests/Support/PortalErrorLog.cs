using System.Globalization;
using System.Text;
using Microsoft.Extensions.Logging;

namespace EGov.Collab.Tests.Support;

/// <summary>
/// The in-process portals' errors, appended to one file (<c>PORTAL_ERROR_LOG</c>, else a file in the temp folder) so a
/// failed browser test can be read next to what the server threw: an unhandled exception ends a circuit, and the page
/// the test sees then only shows its consequence. scripts/test.sh prints the file's end when a test failed.
/// </summary>
public sealed class PortalErrorLog : ILoggerProvider
{
    private static readonly Lock Gate = new();

    public static string Path { get; } = Environment.GetEnvironmentVariable("PORTAL_ERROR_LOG") is { Length: > 0 } configured
        ? configured
        : System.IO.Path.Combine(System.IO.Path.GetTempPath(), "egov-collab-tests", "portal-errors.log");

    public ILogger CreateLogger(string categoryName) => new FileLogger(categoryName);

    public void Dispose()
    {
    }

    private sealed class FileLogger(string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            var entry = new StringBuilder()
                .Append(DateTimeOffset.UtcNow.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture)).Append(' ')
                .Append(logLevel).Append(' ').Append(category).Append(": ").AppendLine(formatter(state, exception));
            if (exception is not null) entry.AppendLine(exception.ToString());
            lock (Gate)
            {
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
                File.AppendAllText(Path, entry.ToString());
            }
        }
    }
}

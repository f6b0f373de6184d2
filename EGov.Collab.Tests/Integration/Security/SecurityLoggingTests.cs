using System.Collections.Concurrent;
using EGov.Collab.App.Account;
using EGov.Collab.Tests.Support;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EGov.Collab.Tests.Integration.Security;

/// <summary>
/// ASVS V16: a refused sign-in is logged as a structured entry (its category, level and the member's id as a field,
/// not only inside a sentence), so an operator can search and alert on it. Audit entries of administrators' actions
/// are tested beside the actions (AdministrationServicesTests).
/// </summary>
[Collection(SharedPortal.Name)]
public sealed class SecurityLoggingTests(PortalFactory portal)
{
    [Fact]
    public async Task SignIn_IntoALockedOutAccount_WritesAWarningWithTheMembersIdAsAField()
    {
        var entries = new ConcurrentQueue<Entry>();
        await using var logged = portal.WithWebHostBuilder(builder =>
            builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(new Capture(entries))));
        var member = await portal.CreateMemberAsync();
        using var client = logged.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

        for (var i = 0; i < AccountModule.MaxFailedSignIns; i++) (await client.SignInAsync(member.Email!, "a-wrong-guess-" + i)).Dispose();
        using var refused = await client.SignInAsync(member.Email!, "a-long-test-passphrase");

        Assert.Equal("/Account/Lockout", refused.RedirectPath());
        var lockouts = entries.Where(e => e.Category == typeof(MemberSignIn).FullName && e.Level == LogLevel.Warning
            && e.Fields.TryGetValue("MemberId", out var id) && Equals(id, member.Id)).ToList();
        Assert.True(lockouts.Count > 0, "Warnings logged: " + string.Join(" | ", entries.Where(e => e.Level >= LogLevel.Warning).Select(e => $"{e.Category}: {e.Message} [{string.Join(", ", e.Fields.Keys)}]")));
        Assert.All(lockouts, e => Assert.True(e.Fields.ContainsKey("{OriginalFormat}"), "not a message template"));
        Assert.DoesNotContain(entries, e => e.Message.Contains("a-long-test-passphrase", StringComparison.Ordinal) || e.Message.Contains("a-wrong-guess", StringComparison.Ordinal));
    }

    private sealed record Entry(string Category, LogLevel Level, string Message, IReadOnlyDictionary<string, object?> Fields);

    private sealed class Capture(ConcurrentQueue<Entry> entries) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new Logger(categoryName, entries);

        public void Dispose()
        {
        }

        private sealed class Logger(string category, ConcurrentQueue<Entry> entries) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var fields = state is IEnumerable<KeyValuePair<string, object?>> pairs
                    ? pairs.GroupBy(p => p.Key).ToDictionary(g => g.Key, g => g.First().Value)
                    : new Dictionary<string, object?>();
                entries.Enqueue(new Entry(category, logLevel, formatter(state, exception), fields));
            }
        }
    }
}

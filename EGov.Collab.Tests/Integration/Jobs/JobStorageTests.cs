using EGov.Collab.App.Jobs;
using EGov.Collab.Tests.Support;
using Hangfire;
using Hangfire.InMemory;
using Hangfire.Storage;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Jobs;

public sealed class JobStorageTests
{
    /// <summary>
    /// Two hosts in one process (the tests, a blue-green switch) once shared Hangfire's process-wide storage: when the
    /// other host configured Hangfire between this host's configuration and its first use, and then stopped, this host's
    /// dashboard and jobs hit a disposed storage. Here the other host does exactly that, deterministically.
    /// </summary>
    [Fact]
    public async Task JobStorage_AnotherHostReplacesAndDisposesTheGlobalStorage_ThisHostIsUnaffected()
    {
        await using var portal = new PortalFactory();
        await using var host = portal.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
        {
            var original = services.Single(d => d.ServiceType == typeof(IGlobalConfiguration));
            services.Remove(original);
            services.AddSingleton(provider =>
            {
                var configuration = (IGlobalConfiguration)original.ImplementationFactory!(provider);
                var othersStorage = new InMemoryStorage();
                othersStorage.Dispose();
                JobStorage.Current = othersStorage;
                return configuration;
            });
        }));

        var storage = host.Services.GetRequiredService<JobStorage>();

        using var connection = storage.GetConnection();
        Assert.Contains(connection.GetRecurringJobs(), job => job.Id == OutboxRetentionJob.Id);
    }

    /// <summary>
    /// Hangfire's log provider is process-wide too: another host that configured Hangfire last and then stopped left a
    /// disposed logger factory behind, and this host's first IBackgroundJobClient (a page injecting it) threw.
    /// </summary>
    [Fact]
    public async Task JobClient_AnotherHostConfiguredHangfireLastAndStopped_ThisHostStillCreatesItsClient()
    {
        await using var portal = new PortalFactory();
        _ = portal.Services.GetRequiredService<JobStorage>();

        var other = new PortalFactory();
        _ = other.Services.GetRequiredService<IGlobalConfiguration>();
        await other.DisposeAsync();

        var client = portal.Services.GetRequiredService<IBackgroundJobClient>();
        Assert.NotNull(client);
    }
}

using EGov.Collab.App.Common;
using EGov.Collab.App.Journal;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;

namespace EGov.Collab.Tests.Integration.Journal;

public sealed class PublicUrlCheckTests
{
    private static PublicUrlCheck Check(string environment, string? publicUrl)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(publicUrl is null ? [] : [new KeyValuePair<string, string?>("Portal:PublicUrl", publicUrl)])
            .Build();
        return new PublicUrlCheck(new PublicLinks(configuration, new Environment(environment)));
    }

    [Fact]
    public async Task StartAsync_ProductionWithoutPublicUrl_RefusesToStart()
    {
        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => Check(Environments.Production, null).StartAsync(default));

        Assert.Contains("Portal:PublicUrl", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_ProductionWithPublicUrl_OrDevelopmentWithout_Starts()
    {
        await Check(Environments.Production, "https://egov.example.ua").StartAsync(default);
        await Check(Environments.Development, null).StartAsync(default);
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;
        public string ApplicationName { get; set; } = "EGov.Collab.App";
        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;
        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}

using EGov.Collab.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace EGov.Collab.Tests.Integration.Library;

/// <summary>The portal with short OAI-PMH pages, so that a harvest of the demo library takes several pages.</summary>
public sealed class LibraryPortalFactory : PortalFactory
{
    public const int OaiPageSize = 7;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Library:Oai:PageSize", OaiPageSize.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Portal:PublicUrl", "https://egov.example");
    }
}

[CollectionDefinition(Name)]
public sealed class LibraryPortal : ICollectionFixture<LibraryPortalFactory>
{
    public const string Name = "Library portal";
}

using System.Security.Claims;
using EGov.Collab.Data;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Drafting;

/// <summary>Demo members as ClaimsPrincipals and the demo drafts' ids, for calling the drafting services directly.</summary>
internal static class DraftingFixture
{
    public static async Task<ClaimsPrincipal> UserAsync(IServiceProvider services, string localPart)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        var email = $"{localPart}@{DemoData.EmailDomain}";
        var id = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
        return new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, id.ToString())], "test"));
    }

    public static async Task<Guid> DraftIdAsync(IServiceProvider services, string title)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
        return await db.Drafts.Where(d => d.Title == title).Select(d => d.Id).SingleAsync();
    }
}

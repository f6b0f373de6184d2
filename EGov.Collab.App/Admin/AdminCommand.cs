using System.Security.Cryptography;
using EGov.Collab.Data;
using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace EGov.Collab.App.Admin;

/// <summary>
/// <c>dotnet EGov.Collab.App.dll admin create EMAIL [FULL NAME]</c>: the way to the first administrator of a fresh
/// Production database (there are no demo accounts there). An existing member is made an administrator; otherwise a
/// confirmed account is created with a one-time random password printed once, to be changed at first sign-in.
/// </summary>
public static class AdminCommand
{
    public static bool Matches(string[] args) =>
        args.Length >= 3 && args[0] == "admin" && args[1] == "create";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output)
    {
        var email = args[2].Trim();
        if (EGov.Collab.App.Account.AccountErrors.CheckEmail(email, "email") is not null)
        {
            await output.WriteLineAsync($"Not an e-mail address: {email}");
            return 2;
        }
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole<Guid>>>();
        if (!await roles.RoleExistsAsync(PortalRoles.Administrator))
            Check(await roles.CreateAsync(new IdentityRole<Guid>(PortalRoles.Administrator)));
        var member = await users.FindByEmailAsync(email);
        if (member is null)
        {
            var password = Convert.ToBase64String(RandomNumberGenerator.GetBytes(18));
            member = new Member
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                FullName = args.Length > 3 ? string.Join(' ', args[3..]) : email,
                RegisteredAt = DateTimeOffset.UtcNow,
            };
            Check(await users.CreateAsync(member, password));
            await output.WriteLineAsync($"Created {email}. One-time password (shown once; change it after signing in): {password}");
        }
        if (!await users.IsInRoleAsync(member, PortalRoles.Administrator))
        {
            Check(await users.AddToRoleAsync(member, PortalRoles.Administrator));
            await using var db = await scope.ServiceProvider.GetRequiredService<Microsoft.EntityFrameworkCore.IDbContextFactory<CollabDbContext>>().CreateDbContextAsync();
            db.AuditEntries.Add(AuditEntry.Record(member.Id, null, AdminAuditActions.AdministratorAdded, $"member:{member.Id}", null, "admin create (command line)", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }
        await output.WriteLineAsync($"{email} is a portal administrator.");
        return 0;
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Code)));
    }
}

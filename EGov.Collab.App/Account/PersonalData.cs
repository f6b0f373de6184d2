using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using EGov.Collab.Data;
using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common;
using Microsoft.AspNetCore.Identity;

namespace EGov.Collab.App.Account;

/// <summary>A member's own data: the download (every [PersonalData] property) and closing the account.</summary>
public sealed class PersonalData(UserManager<Member> users, CollabDbContext db, TimeProvider clock, ILogger<PersonalData> logger)
{
    public const string MemberDeleted = "member.deleted";

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    private static readonly PropertyInfo[] PersonalProperties = typeof(Member).GetProperties()
        .Where(p => Attribute.IsDefined(p, typeof(PersonalDataAttribute)))
        .OrderBy(p => p.Name, StringComparer.Ordinal)
        .ToArray();

    public static IReadOnlyDictionary<string, string?> Collect(Member member) =>
        PersonalProperties.ToDictionary(p => p.Name, p => Convert.ToString(p.GetValue(member), System.Globalization.CultureInfo.InvariantCulture));

    public static byte[] ToJson(Member member) => JsonSerializer.SerializeToUtf8Bytes(Collect(member), Json);

    /// <summary>Deletes the account after checking the password. Role grants go with it (cascade); organisations stay.</summary>
    public async Task<Result> DeleteAsync(Member member, string? password)
    {
        if (string.IsNullOrEmpty(password)) return CommonErrors.Required("Password");
        // The same lockout as sign-in: a stolen session cannot guess the password here without limit.
        if (await users.IsLockedOutAsync(member)) return AccountErrors.LockedOut("Password");
        if (!await users.CheckPasswordAsync(member, password))
        {
            await users.AccessFailedAsync(member);
            return await users.IsLockedOutAsync(member) ? AccountErrors.LockedOut("Password") : AccountErrors.WrongPassword("Password");
        }
        await users.ResetAccessFailedCountAsync(member);

        // The audit entry keeps the member's id only: their personal data leaves with the account.
        db.AuditEntries.Add(AuditEntry.Record(member.Id, null, MemberDeleted, $"member:{member.Id}", null, null, clock.GetUtcNow()));
        var deleted = await users.DeleteAsync(member);
        if (!deleted.Succeeded)
        {
            db.ChangeTracker.Clear();
            return AccountErrors.FromIdentity(deleted.Errors, "Email", "Password")[0];
        }
        logger.LogInformation("Member {MemberId} deleted their account", member.Id);
        return Result.Success();
    }
}

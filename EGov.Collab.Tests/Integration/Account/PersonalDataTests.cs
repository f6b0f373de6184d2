using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using EGov.Collab.App.Account;
using EGov.Collab.Data;
using EGov.Collab.Tests.Support;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Account;

/// <summary>ASVS V14: a member downloads their own personal data, and deleting the account removes it.</summary>
[Collection(SharedPortal.Name)]
public sealed partial class PersonalDataTests(PortalFactory portal)
{
    private const string Password = "a-long-test-passphrase";

    [Fact]
    public async Task Download_ThroughThePagesForm_IsAJsonFileOfThisMembersData_AndNoOneElses()
    {
        var member = await portal.CreateMemberAsync();
        var other = await portal.CreateMemberAsync();
        using var client = portal.CreateSessionClient();
        using (var signedIn = await client.SignInAsync(member.Email!, Password)) Assert.Equal("/", signedIn.RedirectPath());

        using var page = await client.GetAsync(new Uri("/Account/Manage/PersonalData", UriKind.Relative));
        var token = Token().Match(await page.Content.ReadAsStringAsync());
        Assert.True(token.Success, "The personal-data page has no antiforgery token.");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups["value"].Value) });
        using var download = await client.PostAsync(new Uri("/Account/Manage/DownloadPersonalData", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/json", download.Content.Headers.ContentType?.MediaType);
        Assert.Equal("personal-data.json", download.Content.Headers.ContentDisposition?.FileNameStar ?? download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var json = await download.Content.ReadAsStringAsync();
        using var data = JsonDocument.Parse(json);
        Assert.Equal(member.Email, data.RootElement.GetProperty("Email").GetString());
        Assert.Equal(member.FullName, data.RootElement.GetProperty("FullName").GetString());
        Assert.DoesNotContain(other.Email!, json, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("PasswordHash", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Download_WithoutTheFormsToken_IsRefused()
    {
        var member = await portal.CreateMemberAsync();
        using var client = portal.CreateSessionClient();
        using (var signedIn = await client.SignInAsync(member.Email!, Password)) Assert.Equal("/", signedIn.RedirectPath());

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>());
        using var download = await client.PostAsync(new Uri("/Account/Manage/DownloadPersonalData", UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.BadRequest, download.StatusCode);
        Assert.DoesNotContain(member.Email!, await download.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Delete_WithThePassword_RemovesTheAccountAndItsData_KeepsOnlyAnAuditEntryByIdAndEndsSignIn()
    {
        var member = await portal.CreateMemberAsync();
        using var client = portal.CreateSessionClient();
        using (var signedIn = await client.SignInAsync(member.Email!, Password)) Assert.Equal("/", signedIn.RedirectPath());

        using var deleted = await client.SubmitFormAsync("/Account/Manage/DeletePersonalData", "delete-account",
            new Dictionary<string, string> { ["Input.Password"] = Password });

        Assert.Equal("/Account/Deleted", deleted.RedirectPath());
        await using (var db = await portal.Services.GetRequiredService<IDbContextFactory<CollabDbContext>>().CreateDbContextAsync())
        {
            Assert.False(await db.Users.AnyAsync(u => u.Id == member.Id || u.Email == member.Email));
            var audit = await db.AuditEntries.Where(a => a.Action == PersonalData.MemberDeleted && a.Subject == $"member:{member.Id}").ToListAsync();
            var entry = Assert.Single(audit);
            var kept = $"{entry.Subject} {entry.Before} {entry.After}";
            Assert.DoesNotContain(member.Email!, kept, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(member.FullName, kept, StringComparison.Ordinal);
        }
        using var again = portal.CreateSessionClient();
        using var refused = await again.SignInAsync(member.Email!, Password);
        Assert.NotEqual("/", refused.RedirectPath());
    }

    [GeneratedRegex("<input[^>]*name=\"__RequestVerificationToken\"[^>]*value=\"(?<value>[^\"]*)\"")]
    private static partial Regex Token();
}

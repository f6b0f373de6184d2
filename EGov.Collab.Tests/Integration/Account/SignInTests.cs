using System.Net;
using EGov.Collab.App.Account;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.Tests.Integration.Account;

[Collection(SharedPortal.Name)]
public sealed class SignInTests(PortalFactory portal)
{
    public static TheoryData<string> DemoEmails => new(DemoData.Accounts.Select(a => a.Email));

    private string Text(string key)
    {
        using var _ = TestCulture.Use("uk-UA");
        return portal.Services.GetRequiredService<IStringLocalizer<AccountResource>>()[key];
    }

    [Theory]
    [MemberData(nameof(DemoEmails))]
    public async Task SignIn_EveryDemoAccount_LandsHomeSignedIn(string email)
    {
        using var client = portal.CreateSessionClient();

        using var response = await client.SignInAsync(email, DemoData.Password);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.RedirectPath());
        using var home = await client.GetAsync("/");
        var fullName = DemoData.Accounts.Single(a => a.Email == email).FullName;
        Assert.Contains($"<span class=\"account-name\">{fullName}</span>", await home.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_WrongPassword_SaysSoAndKeepsTheEmail()
    {
        using var client = portal.CreateSessionClient();

        using var response = await client.SignInAsync("member1@demo.egov.ua", "not-the-password");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.ReadTextAsync();
        Assert.Contains(Text("Login.WrongCredentials"), page, StringComparison.Ordinal);
        Assert.Contains("value=\"member1@demo.egov.ua\"", page, StringComparison.Ordinal);
        Assert.DoesNotContain("not-the-password", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_UnknownEmail_GivesTheSameMessageAsAWrongPassword()
    {
        using var client = portal.CreateSessionClient();

        using var response = await client.SignInAsync("nobody-here@example.org", "whatever-it-is");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(Text("Login.WrongCredentials"), await response.ReadTextAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SignIn_FiveWrongPasswords_LocksTheAccountEvenForTheRightOne()
    {
        var member = await portal.CreateMemberAsync("the-right-passphrase");
        using var client = portal.CreateSessionClient();

        for (var attempt = 1; attempt < AccountModule.MaxFailedSignIns; attempt++)
        {
            using var wrong = await client.SignInAsync(member.Email!, "a-wrong-passphrase");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }
        using var last = await client.SignInAsync(member.Email!, "a-wrong-passphrase");
        using var right = await client.SignInAsync(member.Email!, "the-right-passphrase");

        Assert.Equal("/Account/Lockout", last.RedirectPath());
        Assert.Equal("/Account/Lockout", right.RedirectPath());
    }

    [Fact]
    public async Task SignIn_UnconfirmedEmail_OffersToResendTheConfirmation()
    {
        var member = await portal.CreateMemberAsync("the-right-passphrase", confirmed: false);
        using var client = portal.CreateSessionClient();

        using var response = await client.SignInAsync(member.Email!, "the-right-passphrase");

        var page = await response.ReadTextAsync();
        Assert.Contains(Text("Login.NotConfirmed"), page, StringComparison.Ordinal);
        Assert.Contains("/Account/ResendEmailConfirmation?email=", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://evil.example/")]
    [InlineData("//evil.example/")]
    public async Task SignIn_ForeignReturnUrl_GoesHomeInstead(string returnUrl)
    {
        using var client = portal.CreateSessionClient();

        using var response = await client.SubmitFormAsync($"/Account/Login?ReturnUrl={Uri.EscapeDataString(returnUrl)}", "login",
            new Dictionary<string, string> { ["Input.Email"] = "member2@demo.egov.ua", ["Input.Password"] = DemoData.Password });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/", response.RedirectPath());
    }
}

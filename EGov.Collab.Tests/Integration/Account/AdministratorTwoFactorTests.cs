using System.Net;
using EGov.Collab.App.Account.TwoFactor;
using EGov.Collab.App.Common;
using EGov.Collab.Data.Common;
using EGov.Collab.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Account;

/// <summary>The portal as Production runs it: an administrator's rights apply only once the account has an authenticator.</summary>
public sealed class AdministratorTwoFactorTests : IClassFixture<AdministratorTwoFactorTests.Portal>
{
    private readonly Portal _portal;

    public AdministratorTwoFactorTests(Portal portal) => _portal = portal;

    [Fact]
    public async Task Administrator_WithoutAnAuthenticator_IsAnOrdinaryMember_TillOneIsSetUp_ThenEverySignInAsksForItsCode()
    {
        var admin = await NewAdministratorAsync();
        using var session = _portal.CreateSessionClient();
        await session.SignInAsync(admin.Email!, DemoPassword);

        using var refused = await session.GetAsync("/admin");
        Assert.Contains("/Account/AccessDenied", refused.RedirectPath(), StringComparison.Ordinal);
        using (var denied = await session.GetAsync(refused.RedirectPath()))
            Assert.Contains("id=\"access-needs-two-factor\"", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var access = _portal.Services.GetRequiredService<ModuleAccess>();
        Assert.False(await access.IsPortalAdministratorAsync(PortalForms.PrincipalOf(admin.Id)));

        var key = await TwoFactorTests.KeyAsync(session);
        using var enabled = await session.SubmitFormAsync(TwoFactorLinks.Manage, "enable-2fa", new Dictionary<string, string> { ["Input.Code"] = Totp.Code(key, DateTimeOffset.UtcNow) });
        using var allowed = await session.GetAsync("/admin");
        Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        Assert.True(await access.IsPortalAdministratorAsync(PortalForms.PrincipalOf(admin.Id)));

        using var next = _portal.CreateSessionClient();
        using var password = await next.SignInAsync(admin.Email!, DemoPassword);
        Assert.StartsWith(TwoFactorLinks.SignIn, password.RedirectPath());
    }

    private const string DemoPassword = "a-long-test-passphrase";

    private async Task<Member> NewAdministratorAsync()
    {
        var member = await _portal.CreateMemberAsync(DemoPassword);
        await using var scope = _portal.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<Member>>();
        var added = await users.AddToRoleAsync((await users.FindByIdAsync(member.Id.ToString()))!, PortalRoles.Administrator);
        Assert.True(added.Succeeded);
        return member;
    }

    public sealed class Portal : PortalFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Account:AdministratorsNeedTwoFactor", "true");
        }
    }
}

using EGov.Collab.App.Admin;
using EGov.Collab.App.Common;
using EGov.Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Tests.Integration.Admin;

/// <summary>The Low finding "Production has no way to create the first administrator": the admin create command.</summary>
[Collection(SharedPortal.Name)]
public sealed class AdminCommandTests(PortalFactory portal)
{
    [Fact]
    public async Task AdminCreate_NewAddress_CreatesAConfirmedAdministrator_WhoSignsInWithThePrintedPassword()
    {
        var email = $"first-admin-{Guid.NewGuid():N}@example.org";
        using var output = new StringWriter();

        var exitCode = await AdminCommand.RunAsync(portal.Services, ["admin", "create", email, "Перша", "Адміністраторка"], output);

        Assert.Equal(0, exitCode);
        var member = await portal.MemberByEmailAsync(email);
        Assert.True(await portal.Services.GetRequiredService<ModuleAccess>().IsPortalAdministratorAsync(PortalForms.PrincipalOf(member.Id)));
        var password = output.ToString().Split("): ")[1].Split(Environment.NewLine)[0];
        using var client = portal.CreateSessionClient();
        using var signedIn = await client.SignInAsync(email, password);
        Assert.Equal("/", signedIn.RedirectPath());
    }

    [Fact]
    public async Task AdminCreate_NotAnAddress_RefusesWithAnExitCode()
    {
        using var output = new StringWriter();

        Assert.Equal(2, await AdminCommand.RunAsync(portal.Services, ["admin", "create", "not-an-address"], output));
    }
}

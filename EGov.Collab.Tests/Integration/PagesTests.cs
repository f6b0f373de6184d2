using System.Net;
using EGov.Collab.App.Common;
using EGov.Collab.App.Localization;
using EGov.Collab.Domain.Common;
using EGov.Collab.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.Tests.Integration;

[Collection(SharedPortal.Name)]
public sealed class PagesTests(PortalFactory portal)
{
    public static TheoryData<ModuleKey> Modules => [.. ModuleKeys.All];

    [Fact]
    public async Task Home_Visitor_UkrainianAsText()
    {
        using var client = portal.CreatePlainClient();

        var (status, body) = await client.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("Ми розвиваємо електронне урядування", body, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"uk\"", body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Modules))]
    public async Task ModulePage_Visitor_ShowsLocalisedName(ModuleKey module)
    {
        using var client = portal.CreatePlainClient();
        var name = Localised(ModuleText.Name(module), PortalCultures.Ukrainian);

        var (status, body) = await client.GetPageAsync("/" + module.Slug());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(name, WebUtility.HtmlDecode(body), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnknownUrl_Visitor_NotFoundPage()
    {
        using var client = portal.CreatePlainClient();

        var (status, body) = await client.GetPageAsync("/no-such-page/here");

        Assert.Equal(HttpStatusCode.NotFound, status);
        Assert.Contains("Сторінку не знайдено", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organisation_UnknownId_NotFoundContent()
    {
        using var client = portal.CreatePlainClient();

        var (_, body) = await client.GetPageAsync($"/organisations/{Guid.NewGuid()}");

        Assert.Contains("Сторінку не знайдено", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_UkrainianWord_FindsDigitalLibrary()
    {
        using var client = portal.CreatePlainClient();

        var (status, body) = await client.GetPageAsync("/search?q=" + Uri.EscapeDataString("бібліотека"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("href=\"/library\"", body, StringComparison.Ordinal);
        Assert.Contains("Електронна бібліотека", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_OneLetter_TooShortMessage()
    {
        using var client = portal.CreatePlainClient();

        var (status, body) = await client.GetPageAsync("/search?q=" + Uri.EscapeDataString("а"));

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains(Localised("Search.TooShort", PortalCultures.Ukrainian), body, StringComparison.Ordinal);
    }

    private string Localised(string key, string culture)
    {
        using var _ = TestCulture.Use(culture);
        return portal.Services.GetRequiredService<IStringLocalizer<SharedResource>>()[key].Value;
    }
}

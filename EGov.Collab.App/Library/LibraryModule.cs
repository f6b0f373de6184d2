using System.Security.Claims;
using EGov.Collab.App.Cities;
using EGov.Collab.App.Common.Documents;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.App.Journal;
using EGov.Collab.App.Library.Oai;
using EGov.Collab.App.Notifications;
using EGov.Collab.App.Shell;
using EGov.Collab.Data.Seeding;
using EGov.Collab.Domain.Library;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Primitives;

namespace EGov.Collab.App.Library;

public static class LibraryModule
{
    /// <summary>The digital library: deposit and review, item pages, browsing, OAI-PMH, usage statistics and demo content.</summary>
    public static IServiceCollection AddLibrary(this IServiceCollection services)
    {
        services.AddNotifications();
        services.AddSingleton<LibraryAccess>();
        services.AddSingleton<LibraryLinks>();
        services.AddSingleton<OaiTokens>();
        services.AddScoped<OaiRepository>();
        services.AddScoped<LibraryCatalogue>();
        services.AddScoped<LibraryReader>();
        services.AddScoped<LibrarySubmissions>();
        services.AddScoped<LibraryUsage>();
        services.AddScoped<LibraryNotifier>();
        services.AddScoped<LibraryText>();
        services.AddHttpContextAccessor();
        services.AddScoped<ISearchSource, LibrarySearchSource>();
        services.AddScoped<IDocumentTextListener, LibraryDocumentTextListener>();
        services.AddScoped<INewsletterSource, LibraryNewsletterSource>();
        services.AddScoped<ICityContributor, LibraryCityContributor>();
        services.AddScoped<IModuleDemoData, LibraryDemoData>();
        return services;
    }

    public static IEndpointRouteBuilder MapLibrary(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LibraryLinks.Oai, (HttpContext http, OaiRepository oai) =>
            OaiAsync(oai, http.Request.Query.Select(p => new KeyValuePair<string, string?[]>(p.Key, p.Value.ToArray())), http.RequestAborted));
        // §3.1.1.2: harvesters may POST the same arguments as a form.
        endpoints.MapPost(LibraryLinks.Oai, async (HttpContext http, OaiRepository oai) =>
        {
            if (!http.Request.HasFormContentType) return Results.BadRequest();
            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            return await OaiAsync(oai, form.Select(p => new KeyValuePair<string, string?[]>(p.Key, p.Value.ToArray())), http.RequestAborted);
        }).DisableAntiforgery();

        var items = endpoints.MapGroup("/library/items/{id:guid}");
        items.MapGet("/file", (Guid id, [FromQuery] string? download, HttpContext http, LibraryReader reader, LibraryUsage usage, IDocumentStore store) =>
            FileAsync(id, null, download is not null, http, reader, usage, store));
        items.MapGet("/files/{version:int}", (Guid id, int version, [FromQuery] string? download, HttpContext http, LibraryReader reader, LibraryUsage usage, IDocumentStore store) =>
            FileAsync(id, version, download is not null, http, reader, usage, store));
        items.MapGet("/cite.bib", async (Guid id, LibraryReader reader, CancellationToken cancellationToken) =>
            await reader.CitationAsync(id, cancellationToken) is { } source
                ? Results.Text(LibraryCitation.BibTex(source), "application/x-bibtex; charset=utf-8")
                : Results.NotFound());
        items.MapGet("/cite.ris", async (Guid id, LibraryReader reader, CancellationToken cancellationToken) =>
            await reader.CitationAsync(id, cancellationToken) is { } source
                ? Results.Text(LibraryCitation.Ris(source), "application/x-research-info-systems; charset=utf-8")
                : Results.NotFound());

        // The resolver of persistent identifiers: egov:lib/2026/000123 is /library/id/2026/000123.
        endpoints.MapGet("/library/id/{year:int}/{number:int}", async (int year, int number, LibraryReader reader, CancellationToken cancellationToken) =>
            await reader.ResolveAsync(year, number, cancellationToken) is { } itemId
                ? Results.Redirect(LibraryLinks.Item(itemId), permanent: true)
                : Results.NotFound());

        endpoints.MapGet(LibraryLinks.StatisticsCsv, async (ClaimsPrincipal user, LibraryAccess access, LibraryUsage usage, CancellationToken cancellationToken) =>
            await access.IsLibrarianAsync(user, cancellationToken)
                ? Results.File(await usage.CsvAsync(cancellationToken), "text/csv; charset=utf-8", "library-statistics.csv")
                : Results.StatusCode(StatusCodes.Status403Forbidden));
        return endpoints;
    }

    private static async Task<IResult> OaiAsync(OaiRepository oai, IEnumerable<KeyValuePair<string, string?[]>> arguments, CancellationToken cancellationToken) =>
        Results.Text(await oai.HandleAsync(arguments, cancellationToken), "text/xml; charset=utf-8");

    private static async Task<IResult> FileAsync(Guid id, int? version, bool download, HttpContext http, LibraryReader reader, LibraryUsage usage, IDocumentStore store)
    {
        var (status, file) = await reader.FileAsync(id, version, http.User, http.RequestAborted);
        if (file is null) return Results.StatusCode(status);
        // A range request continues a reading already counted; only whole requests count (COUNTER).
        if (StringValues.IsNullOrEmpty(http.Request.Headers.Range))
            await usage.RecordAsync(id, LibraryUsageKind.Download, http.Request.Headers.UserAgent, http.Connection.RemoteIpAddress?.ToString(), http.RequestAborted);
        // The item page frames the file it shows inline (only the portal's own pages may); a download, like every other
        // response, may not be framed.
        if (!download) SecurityHeaders.AllowSameOriginFraming(http);
        return await DocumentResults.FileAsync(store, file.DocumentId, inline: !download, file.FileName, http.RequestAborted);
    }
}

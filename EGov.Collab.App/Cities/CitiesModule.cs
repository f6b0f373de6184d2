using EGov.Collab.App.Common;
using EGov.Collab.App.Common.SearchIndex;
using EGov.Collab.App.Journal;
using Microsoft.AspNetCore.Mvc;

namespace EGov.Collab.App.Cities;

public static class CitiesModule
{
    /// <summary>The city e-cabinets: a cabinet per community gathered from every module's <see cref="ICityContributor"/>, open data, news.</summary>
    public static IServiceCollection AddCities(this IServiceCollection services)
    {
        services.AddScoped<CityDirectory>();
        services.AddScoped<CityReadiness>();
        services.AddScoped<CityContributions>();
        services.AddScoped<CityGapToPeers>();
        services.AddScoped<CertifiedStaff>();
        services.AddScoped<CityManagement>();
        services.AddScoped<CityManagers>();
        services.AddScoped<CityCabinet>();
        services.AddScoped<CityOpenData>();
        services.AddScoped<KatottgImport>();
        services.AddScoped<CoatOfArms>();
        services.AddScoped<INewsletterSource, CitiesNewsletterSource>();
        services.AddScoped<ISearchSource, CitiesSearchSource>();
        return services;
    }

    public static IEndpointRouteBuilder MapCities(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/cities/export.csv", async (HttpContext context, CityOpenData openData, CancellationToken cancellationToken) =>
        {
            context.Response.ContentType = "text/csv; charset=utf-8";
            context.Response.Headers.ContentDisposition = "attachment; filename=\"cities.csv\"";
            context.Response.Headers.Link = $"<{CityUrls.Licence}>; rel=\"license\"";
            await using var writer = new StreamWriter(context.Response.Body, Csv.Utf8WithBom, leaveOpen: true);
            await openData.WriteCsvAsync(writer, cancellationToken);
            await writer.FlushAsync(cancellationToken);
        });

        endpoints.MapGet("/cities/{code}/coat-of-arms", async ([FromRoute] string code, CoatOfArms coat, CancellationToken cancellationToken) =>
            await coat.FileAsync(code, cancellationToken));

        endpoints.MapGet("/cities/{code}.json", async ([FromRoute] string code, HttpContext context, CityOpenData openData, CancellationToken cancellationToken) =>
        {
            var document = await openData.CommunityAsync(code, cancellationToken);
            if (document is null)
                return Results.Json(new { error = "unknown or malformed KATOTTG code", code }, CityOpenData.Json, statusCode: StatusCodes.Status404NotFound);
            context.Response.Headers.Link = $"<{CityUrls.Licence}>; rel=\"license\"";
            return Results.Json(document, CityOpenData.Json);
        });
        return endpoints;
    }
}

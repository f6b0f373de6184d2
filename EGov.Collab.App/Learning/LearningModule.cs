using EGov.Collab.App.Common;

namespace EGov.Collab.App.Learning;

public static class LearningModule
{
    public static IServiceCollection AddLearning(this IServiceCollection services)
    {
        services.AddSingleton<LearningAuthorisation>();
        services.AddSingleton<CertificateIssuer>();
        services.AddSingleton<CourseCatalogue>();
        services.AddSingleton<LearnerProgress>();
        services.AddSingleton<CohortDesk>();
        services.AddSingleton<CohortCreation>();
        services.AddSingleton<CohortEditing>();
        services.AddSingleton<CourseAuthoring>();
        services.AddSingleton<CertificateRegistry>();
        services.AddSingleton<CertificateBatches>();
        services.AddTransient<CertificateZipJob>();
        services.AddTransient<LearningMessages>();
        services.AddScoped<EGov.Collab.App.Journal.INewsletterSource, LearningNewsletterSource>();
        services.AddScoped<Common.SearchIndex.ISearchSource, LearningSearchSource>();
        return services;
    }

    /// <summary>GET /certificates/{code}.pdf (public: the code is the secret) and GET /learning/batches/{id}.zip (the cohort's trainer or administrators).</summary>
    public static IEndpointRouteBuilder MapLearning(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/certificates/{code}.pdf", async (string code, string? lang, HttpContext context, CertificateRegistry registry) =>
        {
            var culture = lang ?? System.Globalization.CultureInfo.CurrentUICulture.Name;
            var pdf = await registry.PdfAsync(code, culture, BaseUrl(context.Request), context.RequestAborted);
            if (pdf is null) return Results.NotFound();
            var english = culture.StartsWith("en", StringComparison.OrdinalIgnoreCase);
            return Results.File(pdf, "application/pdf", $"certificate-{code}{(english ? "-en" : "")}.pdf");
        });
        endpoints.MapGet("/learning/batches/{id:guid}.zip", async (Guid id, HttpContext context, CertificateBatches batches) =>
        {
            var file = await batches.FileForAsync(context.User, id, context.RequestAborted);
            return file is null ? Results.NotFound() : Results.File(file, "application/zip", $"certificates-{id:N}.zip", enableRangeProcessing: true);
        });
        // Images and attachments of lessons: only files a lesson refers to, and only while its course is published or to its authors.
        endpoints.MapGet("/learning/files/{documentId:guid}", async (Guid documentId, HttpContext context, CourseAuthoring authoring,
            EGov.Collab.App.Common.Documents.IDocumentStore store) =>
        {
            if (!await authoring.CanReadFileAsync(context.User, documentId, context.RequestAborted)) return Results.NotFound();
            var document = await store.FindAsync(documentId, context.RequestAborted);
            var inline = document?.ContentType.StartsWith("image/", StringComparison.Ordinal) == true;
            return await EGov.Collab.App.Common.Documents.DocumentResults.FileAsync(store, documentId, inline, null, context.RequestAborted);
        });
        return endpoints;
    }

    public static string BaseUrl(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}

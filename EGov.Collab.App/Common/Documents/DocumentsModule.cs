namespace EGov.Collab.App.Common.Documents;

public static class DocumentsModule
{
    /// <summary>The shared document store (<c>Documents</c> configuration section) and its extraction job.</summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<DocumentStoreOptions>(configuration.GetSection(DocumentStoreOptions.SectionName));
        services.AddSingleton<DocumentStorage>();
        services.AddSingleton<IDocumentExtractionScheduler, HangfireDocumentExtractionScheduler>();
        services.AddSingleton<IDocumentStore, FileSystemDocumentStore>();
        services.AddScoped<DocumentMessages>();
        services.AddTransient<ExtractDocumentTextJob>();
        return services;
    }
}

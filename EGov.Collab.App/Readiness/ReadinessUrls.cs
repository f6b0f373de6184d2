namespace EGov.Collab.App.Readiness;

public static class ReadinessUrls
{
    public static string Methodology(int year) => $"/readiness/methodology/{year}";

    public static string Results(int year) => $"/readiness/results/{year}";

    public static string ResultsCsv(int year) => $"/readiness/results/{year}.csv";

    public static string ResultsJson(int year) => $"/readiness/results/{year}.json";

    public static string BodyResult(int year, Guid bodyId) => $"/readiness/results/{year}/{bodyId}";

    public static string BodyReport(int year, Guid bodyId) => $"/readiness/reports/{year}/{bodyId}.pdf";

    public static string NationalReport(int year) => $"/readiness/reports/{year}/national.pdf";

    public static string Bundle(int year) => $"/readiness/reports/{year}/all.zip";
}

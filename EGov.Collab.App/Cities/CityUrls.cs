namespace EGov.Collab.App.Cities;

/// <summary>The module's local paths.</summary>
public static class CityUrls
{
    public const string List = "/cities";
    public const string Export = "/cities/export.csv";
    public const string Admin = "/cities/admin";
    public const string Licence = "https://creativecommons.org/licenses/by/4.0/";

    public static string Cabinet(string katottg) => $"/cities/{katottg}";

    public static string Edit(string katottg) => $"/cities/{katottg}/edit";

    public static string Json(string katottg) => $"/cities/{katottg}.json";

    public static string CoatOfArms(string katottg) => $"/cities/{katottg}/coat-of-arms";

    public static string News(string katottg, Guid newsId) => $"/cities/{katottg}#news-{newsId:N}";

    public static string Compare(IEnumerable<string> codes) => "/cities/compare?codes=" + string.Join(',', codes);
}

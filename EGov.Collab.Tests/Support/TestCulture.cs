using System.Globalization;

namespace EGov.Collab.Tests.Support;

/// <summary>Sets the current culture and UI culture for a test and puts the previous ones back on dispose.</summary>
public sealed class TestCulture : IDisposable
{
    private readonly CultureInfo _culture;
    private readonly CultureInfo _uiCulture;

    private TestCulture(string name)
    {
        _culture = CultureInfo.CurrentCulture;
        _uiCulture = CultureInfo.CurrentUICulture;
        var culture = CultureInfo.GetCultureInfo(name);
        CultureInfo.CurrentCulture = culture;
        CultureInfo.CurrentUICulture = culture;
    }

    /// <summary><c>using var _ = TestCulture.Use("en-US");</c></summary>
    public static TestCulture Use(string name) => new(name);

    public void Dispose()
    {
        CultureInfo.CurrentCulture = _culture;
        CultureInfo.CurrentUICulture = _uiCulture;
    }
}

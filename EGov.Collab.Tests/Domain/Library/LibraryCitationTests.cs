using EGov.Collab.Domain.Library;

namespace EGov.Collab.Tests.Domain.Library;

public sealed class LibraryCitationTests
{
    private static CitationSource Source(params string[] creators) => new(
        creators,
        "Індекс е-готовності громад",
        new DateOnly(2025, 5, 1),
        "Національний центр електронного урядування",
        "https://egov.example/library/items/1",
        "egov:lib/2025/000042",
        "uk",
        24,
        "Анотація",
        ["е-готовність", "громади"],
        DcmiType.Text);

    [Fact]
    public void Dstu8302_TwoAuthors_HeadingThenSlashWithInitials()
    {
        var text = LibraryCitation.Dstu8302(Source("Захарченко, Олена Вікторівна", "Руденко, Юлія"), new DateOnly(2026, 12, 7));

        Assert.Equal("Захарченко О. В. Індекс е-готовності громад / О. В. Захарченко, Ю. Руденко. Національний центр електронного урядування, 2025. 24 с. "
            + "URL: https://egov.example/library/items/1 (дата звернення: 07.12.2026).", text);
    }

    [Fact]
    public void Dstu8302_FourAuthors_TitleFirstAndEtAl()
    {
        var text = LibraryCitation.Dstu8302(Source("Ткаченко, Наталія", "Захарченко, Олена", "Руденко, Юлія", "Лисенко, Сергій"), new DateOnly(2026, 12, 7));

        Assert.StartsWith("Індекс е-готовності громад / Н. Ткаченко, О. Захарченко, Ю. Руденко [та ін.]. ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Лисенко", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Dstu8302_Organisation_WrittenAsIs()
    {
        var text = LibraryCitation.Dstu8302(Source("Вінницька міська рада"), new DateOnly(2026, 12, 7));

        Assert.StartsWith("Індекс е-готовності громад / Вінницька міська рада. Національний центр", text, StringComparison.Ordinal);
    }

    [Fact]
    public void BibTex_KeyFromIdentifier_AuthorsJoinedWithAnd_BracesEscaped()
    {
        var source = Source("Захарченко, Олена", "Вінницька міська рада") with { Title = "Звіт {чернетка} 100%" };

        var bib = LibraryCitation.BibTex(source);

        Assert.StartsWith("@misc{egovlib2025000042,\n", bib, StringComparison.Ordinal);
        Assert.Contains("  author = {Захарченко, Олена and {Вінницька міська рада}}", bib, StringComparison.Ordinal);
        Assert.Contains(@"  title = {Звіт \{чернетка\} 100\%}", bib, StringComparison.Ordinal);
        Assert.Contains("  year = {2025}", bib, StringComparison.Ordinal);
        Assert.EndsWith("}\n", bib, StringComparison.Ordinal);
    }

    [Fact]
    public void Ris_OneTagPerLine_EndsWithEr()
    {
        var ris = LibraryCitation.Ris(Source("Захарченко, Олена", "Руденко, Юлія") with { Abstract = "Рядок один\nрядок два" });

        var lines = ris.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("TY  - GEN", lines[0]);
        Assert.Equal(["AU  - Захарченко, Олена", "AU  - Руденко, Юлія"], lines.Where(l => l.StartsWith("AU", StringComparison.Ordinal)));
        Assert.Contains("AB  - Рядок один рядок два", lines);
        Assert.Contains("PY  - 2025", lines);
        Assert.Equal("ER  - ", lines[^1]);
    }
}

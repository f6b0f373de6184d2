using System.Globalization;
using System.Text;

namespace EGov.Collab.Domain.Library;

/// <summary>What a citation needs of an item. Creators are written "Surname, Given names" (a name with no comma is an organisation).</summary>
public sealed record CitationSource(
    IReadOnlyList<string> Creators,
    string Title,
    DateOnly DateIssued,
    string Publisher,
    string Url,
    string PersistentId,
    string Language,
    int? Pages,
    string Abstract,
    IReadOnlyList<string> Keywords,
    DcmiType Type);

/// <summary>"Cite as": ДСТУ 8302:2015 (the Ukrainian bibliographic reference standard), BibTeX and RIS.</summary>
public static class LibraryCitation
{
    private const int DstuMaxNamedAuthors = 3;

    /// <summary>ДСТУ 8302:2015 reference of an electronic resource, with the date it was accessed.</summary>
    public static string Dstu8302(CitationSource source, DateOnly accessedOn)
    {
        ArgumentNullException.ThrowIfNull(source);
        var uk = source.Language != LibraryLanguages.English;
        var people = source.Creators.Select(Person.Parse).ToList();
        var text = new StringBuilder();
        if (people.Count is > 0 and <= DstuMaxNamedAuthors && people[0].IsPerson)
        {
            // Up to three people: the first heads the reference, all of them follow the slash.
            text.Append(people[0].Inverted).Append(' ').Append(source.Title)
                .Append(" / ").Append(string.Join(", ", people.Select(p => p.Direct)));
        }
        else
        {
            text.Append(source.Title);
            // An organisation, or more than three authors: the title heads the reference.
            if (people.Count > 0)
                text.Append(" / ").Append(string.Join(", ", people.Take(DstuMaxNamedAuthors).Select(p => p.Direct)));
            if (people.Count > DstuMaxNamedAuthors) text.Append(uk ? " [та ін.]" : " [et al.]");
        }
        text.Append(". ");
        if (source.Publisher.Length > 0) text.Append(source.Publisher).Append(", ");
        text.Append(source.DateIssued.Year.ToString(CultureInfo.InvariantCulture)).Append('.');
        if (source.Pages is > 0) text.Append(' ').Append(source.Pages.Value.ToString(CultureInfo.InvariantCulture)).Append(uk ? " с." : " p.");
        text.Append(" URL: ").Append(source.Url)
            .Append(uk ? " (дата звернення: " : " (date of access: ")
            .Append(accessedOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)).Append(").");
        return text.ToString();
    }

    public static string BibTex(CitationSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var entry = source.Type == DcmiType.Dataset ? "dataset" : "misc";
        var lines = new List<string>
        {
            // An organisation is braced so that BibTeX does not read its last word as a surname.
            Raw("author", string.Join(" and ", source.Creators.Select(c => c.Contains(',', StringComparison.Ordinal) ? EscapeBibTex(c) : "{" + EscapeBibTex(c) + "}"))),
            Field("title", source.Title),
            Field("year", source.DateIssued.Year.ToString(CultureInfo.InvariantCulture)),
            Field("publisher", source.Publisher),
            Field("url", source.Url),
            Field("note", source.PersistentId),
            Field("language", source.Language == LibraryLanguages.English ? "english" : "ukrainian"),
            Field("keywords", string.Join(", ", source.Keywords)),
        };
        return $"@{entry}{{{Key(source)},\n" + string.Join(",\n", lines.Where(l => l.Length > 0)) + "\n}\n";

        static string Field(string name, string value) => Raw(name, EscapeBibTex(value));

        static string Raw(string name, string value) => value.Length == 0 ? "" : $"  {name} = {{{value}}}";
    }

    public static string Ris(CitationSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var text = new StringBuilder();
        Tag("TY", source.Type == DcmiType.Dataset ? "DATA" : "GEN");
        foreach (var creator in source.Creators) Tag("AU", creator);
        Tag("TI", source.Title);
        Tag("PY", source.DateIssued.Year.ToString(CultureInfo.InvariantCulture));
        Tag("DA", source.DateIssued.ToString("yyyy/MM/dd", CultureInfo.InvariantCulture));
        Tag("PB", source.Publisher);
        Tag("AB", source.Abstract);
        foreach (var keyword in source.Keywords) Tag("KW", keyword);
        Tag("LA", source.Language);
        Tag("UR", source.Url);
        Tag("M1", source.PersistentId);
        text.Append("ER  - \r\n");
        return text.ToString();

        void Tag(string tag, string value)
        {
            if (value.Length == 0) return;
            text.Append(tag).Append("  - ").Append(value.ReplaceLineEndings(" ")).Append("\r\n");
        }
    }

    /// <summary>A BibTeX key from the persistent identifier: egov:lib/2026/000123 → egovlib2026000123.</summary>
    public static string Key(CitationSource source) =>
        new(source.PersistentId.Where(char.IsAsciiLetterOrDigit).ToArray());

    private static string EscapeBibTex(string value) =>
        value.ReplaceLineEndings(" ").Replace("\\", "\\textbackslash{}", StringComparison.Ordinal)
            .Replace("{", "\\{", StringComparison.Ordinal).Replace("}", "\\}", StringComparison.Ordinal)
            .Replace("&", "\\&", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal);

    /// <summary>A person's name as ДСТУ writes it: "Шевченко А. І." heading, "А. І. Шевченко" after the slash.</summary>
    private sealed record Person(string Inverted, string Direct, bool IsPerson = true)
    {
        public static Person Parse(string name)
        {
            var comma = name.IndexOf(',', StringComparison.Ordinal);
            if (comma <= 0) return new Person(name, name, IsPerson: false);
            var surname = name[..comma].Trim();
            var initials = string.Join(" ", name[(comma + 1)..]
                .Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)
                .Select(given => char.ToUpper(given[0], CultureInfo.InvariantCulture) + "."));
            return initials.Length == 0 ? new Person(surname, surname) : new Person($"{surname} {initials}", $"{initials} {surname}");
        }
    }
}

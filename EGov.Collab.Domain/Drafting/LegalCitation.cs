using EGov.Collab.Domain.Drafting.Editing;

namespace EGov.Collab.Domain.Drafting;

/// <summary>
/// How a provision is cited in full, with the provisions that contain it: «Стаття 3, частина 2», «Стаття 3, частина 2,
/// пункт 1», «Розділ II», «Глава 1». Parts and items outside an article are cited by themselves («частина 2»,
/// «пункт 3»). Unnumbered text is cited by the nearest numbered provision above it, or not at all.
/// </summary>
public static class LegalCitation
{
    public static IReadOnlyDictionary<Guid, string> Cite(DraftDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var numbers = LegalNumbering.Number(document);
        var citations = new Dictionary<Guid, string>(document.Provisions.Count);
        string? heading = null, article = null, part = null, last = null;
        foreach (var provision in document.Provisions)
        {
            var number = numbers[provision.Id];
            string? citation;
            switch (provision.Kind)
            {
                case ProvisionKind.Section or ProvisionKind.Chapter or ProvisionKind.FinalProvisions or ProvisionKind.TransitionalProvisions:
                    heading = number.Length > 0 ? number : null;
                    article = part = null;
                    citation = heading;
                    break;
                case ProvisionKind.Article:
                    article = number;
                    part = null;
                    citation = article;
                    break;
                case ProvisionKind.Part:
                    part = Join(article, "частина " + Digits(number));
                    citation = part;
                    break;
                case ProvisionKind.Item:
                    citation = Join(part ?? article ?? heading, "пункт " + Digits(number));
                    break;
                default:
                    citation = last;
                    break;
            }
            citations[provision.Id] = citation ?? "";
            if (provision.Kind is not (ProvisionKind.Title or ProvisionKind.Preamble or ProvisionKind.Paragraph)) last = citation;
        }
        return citations;
    }

    private static string Join(string? outer, string inner) => outer is null ? inner : outer + ", " + inner;

    /// <summary>«2.» and «3)» cite as «2» and «3».</summary>
    private static string Digits(string number)
    {
        var digits = new string(number.Where(char.IsAsciiDigit).ToArray());
        return digits.Length > 0 ? digits : number;
    }
}

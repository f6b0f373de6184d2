using System.Globalization;
using EGov.Collab.Domain.Drafting.Editing;

namespace EGov.Collab.Domain.Drafting;

/// <summary>
/// Ukrainian legal numbering, recomputed from the flat provision list every time (so a move renumbers at once):
/// sections «Розділ I» (Roman), chapters «Глава 1» and articles «Стаття 1» run through the whole act, parts «1.»
/// restart in each article, items «1)» restart in each part or article. Final and transitional provisions take the
/// next section number when the act is divided into sections. Unnumbered provisions map to an empty string.
/// </summary>
public static class LegalNumbering
{
    public static IReadOnlyDictionary<Guid, string> Number(DraftDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var numbers = new Dictionary<Guid, string>(document.Provisions.Count);
        var hasSections = document.Provisions.Any(p => p.Kind == ProvisionKind.Section);
        int section = 0, chapter = 0, article = 0, part = 0, item = 0;
        foreach (var provision in document.Provisions)
        {
            switch (provision.Kind)
            {
                case ProvisionKind.Section:
                    numbers[provision.Id] = "Розділ " + Roman(++section);
                    part = 0;
                    item = 0;
                    break;
                case ProvisionKind.FinalProvisions or ProvisionKind.TransitionalProvisions:
                    numbers[provision.Id] = hasSections ? "Розділ " + Roman(++section) : "";
                    part = 0;
                    item = 0;
                    break;
                case ProvisionKind.Chapter:
                    numbers[provision.Id] = "Глава " + Arabic(++chapter);
                    part = 0;
                    item = 0;
                    break;
                case ProvisionKind.Article:
                    numbers[provision.Id] = "Стаття " + Arabic(++article);
                    part = 0;
                    item = 0;
                    break;
                case ProvisionKind.Part:
                    numbers[provision.Id] = Arabic(++part) + ".";
                    item = 0;
                    break;
                case ProvisionKind.Item:
                    numbers[provision.Id] = Arabic(++item) + ")";
                    break;
                default:
                    numbers[provision.Id] = "";
                    break;
            }
        }
        return numbers;
    }

    /// <summary>The provision's number and text as one line, e.g. «Стаття 2. Сфера дії» or «1) реєстр».</summary>
    public static string Line(string number, Provision provision)
    {
        ArgumentNullException.ThrowIfNull(provision);
        if (number.Length == 0) return provision.Text;
        return provision.Kind is ProvisionKind.Part or ProvisionKind.Item
            ? number + " " + provision.Text
            : number + ". " + provision.Text;
    }

    public static string Roman(int number)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(number, 1);
        ReadOnlySpan<int> values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1];
        string[] symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"];
        var result = new System.Text.StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (number >= values[i])
            {
                result.Append(symbols[i]);
                number -= values[i];
            }
        }
        return result.ToString();
    }

    private static string Arabic(int number) => number.ToString(CultureInfo.InvariantCulture);
}

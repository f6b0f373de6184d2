using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Practices;

/// <summary>A SKOS concept of one scheme: a notation, labels in Ukrainian and English and at most one broader concept.</summary>
public sealed class Concept
{
    public const int NotationMaxLength = 40;
    public const int LabelMaxLength = 200;

    private Concept()
    {
        Notation = LabelUk = LabelEn = "";
    }

    public Guid Id { get; private set; }
    public ConceptScheme Scheme { get; private set; }
    public string Notation { get; private set; }
    public string LabelUk { get; private set; }
    public string LabelEn { get; private set; }
    public Guid? BroaderId { get; private set; }

    public string Label(System.Globalization.CultureInfo culture) =>
        culture.TwoLetterISOLanguageName == "uk" || LabelEn.Length == 0 ? LabelUk : LabelEn;

    public static Result<Concept> Create(ConceptScheme scheme, string notation, string labelUk, string labelEn)
    {
        if (!Enum.IsDefined(scheme)) return CommonErrors.Invalid(nameof(Scheme));
        var concept = new Concept { Id = Guid.CreateVersion7(), Scheme = scheme };
        var applied = concept.Rename(notation, labelUk, labelEn);
        return applied.IsSuccess ? concept : applied.Error!;
    }

    public Result Rename(string notation, string labelUk, string labelEn)
    {
        var code = (notation ?? "").Trim();
        var uk = (labelUk ?? "").Trim();
        var en = (labelEn ?? "").Trim();
        if (code.Length == 0) return CommonErrors.Required(nameof(Notation));
        if (code.Length > NotationMaxLength || code.Any(char.IsWhiteSpace)) return CommonErrors.Invalid(nameof(Notation));
        if (uk.Length == 0) return CommonErrors.Required(nameof(LabelUk));
        if (en.Length == 0) return CommonErrors.Required(nameof(LabelEn));
        if (uk.Length > LabelMaxLength) return CommonErrors.TooLong(nameof(LabelUk));
        if (en.Length > LabelMaxLength) return CommonErrors.TooLong(nameof(LabelEn));
        (Notation, LabelUk, LabelEn) = (code, uk, en);
        return Result.Success();
    }

    /// <summary>
    /// Moves the concept under <paramref name="broader"/> (or to the top). <paramref name="broaderOf"/> maps every concept
    /// of the scheme to its current broader one; a move that would make the concept its own ancestor is refused.
    /// </summary>
    public Result MoveUnder(Concept? broader, IReadOnlyDictionary<Guid, Guid?> broaderOf)
    {
        ArgumentNullException.ThrowIfNull(broaderOf);
        if (broader is null)
        {
            BroaderId = null;
            return Result.Success();
        }
        if (broader.Scheme != Scheme) return PracticeErrors.BroaderOtherScheme;
        if (Classifier.WouldCycle(Id, broader.Id, broaderOf)) return PracticeErrors.ConceptCycle;
        BroaderId = broader.Id;
        return Result.Success();
    }
}

public static class Classifier
{
    /// <summary>True when putting <paramref name="conceptId"/> under <paramref name="broaderId"/> closes a loop.</summary>
    public static bool WouldCycle(Guid conceptId, Guid broaderId, IReadOnlyDictionary<Guid, Guid?> broaderOf)
    {
        ArgumentNullException.ThrowIfNull(broaderOf);
        var seen = new HashSet<Guid>();
        Guid? current = broaderId;
        while (current is { } id)
        {
            if (id == conceptId || !seen.Add(id)) return true;
            current = broaderOf.TryGetValue(id, out var next) ? next : null;
        }
        return false;
    }
}

public static class CommunityRegions
{
    /// <summary>The first-level unit a KATOTTG code lies in: its first four characters ("UA46…") name the region.</summary>
    public static string? RegionOf(string? katottgCode) =>
        katottgCode is { Length: >= 4 }
            ? Regions.All.FirstOrDefault(r => string.CompareOrdinal(r.Code, 0, katottgCode, 0, 4) == 0)?.Code
            : null;
}

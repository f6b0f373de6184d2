using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Methodology;

/// <summary>
/// A legal act as a work (ELI): its identifier, type, number, adoption date, adopting body and the dates that decide its
/// status. The dated editions and the typed links to other acts are rows of their own (<see cref="ActEdition"/>, <see cref="ActLink"/>).
/// </summary>
public sealed class LegalAct
{
    public const int IdentifierMaxLength = 60;
    public const int TitleMaxLength = 500;
    public const int NumberMaxLength = 60;
    public const int AdopterMaxLength = 200;
    public const int UrlMaxLength = 500;
    public const int TagsMaxLength = 300;

    private LegalAct()
    {
        Identifier = "";
        Title = "";
        Number = "";
        AdopterName = "";
        TagList = "";
    }

    public Guid Id { get; private set; }

    /// <summary>The act's unique identifier in the registry (open data's <c>legalActId</c>, e.g. «851-IV»).</summary>
    public string Identifier { get; private set; }
    public string Title { get; private set; }
    public LegalActType Type { get; private set; }
    public string Number { get; private set; }
    public DateOnly AdoptedOn { get; private set; }
    public string AdopterName { get; private set; }
    public DateOnly? EffectiveFrom { get; private set; }
    public DateOnly? LostForceOn { get; private set; }

    /// <summary>The official publication (open data's <c>legalActPublication</c>): a link to the official text.</summary>
    public string? OfficialUrl { get; private set; }

    /// <summary>Tags separated by commas.</summary>
    public string TagList { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public IReadOnlyList<string> Tags => TagList.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>In force from the day it takes effect (the adoption day when none is entered) until the day it loses force.</summary>
    public LegalActStatus StatusOn(DateOnly day)
    {
        if (LostForceOn is { } lost && lost <= day) return LegalActStatus.LostForce;
        if ((EffectiveFrom ?? AdoptedOn) > day) return LegalActStatus.NotYetInForce;
        return LegalActStatus.InForce;
    }

    public static Result<LegalAct> Create(LegalActCard card, DateTimeOffset now)
    {
        var act = new LegalAct { Id = Guid.CreateVersion7() };
        var applied = act.Apply(card, now);
        return applied.IsSuccess ? act : applied.Error!;
    }

    /// <summary>Replaces the card's fields; nothing changes when any field is refused.</summary>
    public Result Apply(LegalActCard card, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(card);
        var identifier = (card.Identifier ?? "").Trim();
        var title = (card.Title ?? "").Trim();
        var number = (card.Number ?? "").Trim();
        var adopter = (card.AdopterName ?? "").Trim();
        var url = string.IsNullOrWhiteSpace(card.OfficialUrl) ? null : card.OfficialUrl.Trim();
        var tags = string.Join(", ", (card.Tags ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase));
        if (identifier.Length == 0) return CommonErrors.Required("identifier");
        if (identifier.Length > IdentifierMaxLength) return CommonErrors.TooLong("identifier");
        if (title.Length == 0) return CommonErrors.Required("title");
        if (title.Length > TitleMaxLength) return CommonErrors.TooLong("title");
        if (!Enum.IsDefined(card.Type)) return CommonErrors.Invalid("type");
        if (number.Length == 0) return CommonErrors.Required("number");
        if (number.Length > NumberMaxLength) return CommonErrors.TooLong("number");
        if (adopter.Length == 0) return CommonErrors.Required("adopter");
        if (adopter.Length > AdopterMaxLength) return CommonErrors.TooLong("adopter");
        if (url is not null && !IsHttpUrl(url)) return MethodologyErrors.InvalidUrl;
        if (tags.Length > TagsMaxLength) return CommonErrors.TooLong("tags");
        if (card.EffectiveFrom < card.AdoptedOn) return MethodologyErrors.EffectiveBeforeAct;
        if (card.LostForceOn < card.AdoptedOn) return MethodologyErrors.LostForceBeforeAct;
        Identifier = identifier;
        Title = title;
        Type = card.Type;
        Number = number;
        AdoptedOn = card.AdoptedOn;
        AdopterName = adopter;
        EffectiveFrom = card.EffectiveFrom;
        LostForceOn = card.LostForceOn;
        OfficialUrl = url;
        TagList = tags;
        UpdatedAt = now;
        return Result.Success();
    }

    /// <summary>Enters the day the act lost (or will lose) force.</summary>
    public Result EndForce(DateOnly day, DateTimeOffset now)
    {
        if (day < AdoptedOn) return MethodologyErrors.LostForceBeforeAct;
        LostForceOn = day;
        UpdatedAt = now;
        return Result.Success();
    }

    public void Touch(DateTimeOffset now) => UpdatedAt = now;

    public LegalActCard Card() => new(Identifier, Title, Type, Number, AdoptedOn, AdopterName, EffectiveFrom, LostForceOn, OfficialUrl, TagList);

    internal static bool IsHttpUrl(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}

/// <summary>The fields of an act's card, as typed in a form or read from a CSV row.</summary>
public sealed record LegalActCard(
    string Identifier,
    string Title,
    LegalActType Type,
    string Number,
    DateOnly AdoptedOn,
    string AdopterName,
    DateOnly? EffectiveFrom = null,
    DateOnly? LostForceOn = null,
    string? OfficialUrl = null,
    string? Tags = null);

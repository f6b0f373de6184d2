using System.Globalization;
using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Contest;

/// <summary>What an extra field of a nomination's entry form holds.</summary>
public enum EntryFieldKind
{
    ShortText = 1,
    LongText = 2,
    Number = 3,
    Choice = 4,
    Url = 5,
    File = 6,
}

/// <summary>An applicant's answer to one extra field: text (for a file, its name) and, for a file, the document store's id.</summary>
public sealed record AnswerInput(string? Text, Guid? DocumentId = null)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Text) && DocumentId is null;
}

/// <summary>
/// An extra field of a nomination's entry form (Award Force's and Evalato's configurable forms), defined by the chair:
/// a label in Ukrainian and English, a kind, a required flag and an order. The fixed fields of <see cref="EntryForm"/> stay.
/// </summary>
public sealed class EntryField
{
    public const int LabelMaxLength = 200;
    public const int ChoicesMaxLength = 2000;
    public const int MaxChoices = 20;
    public const int MaxPerNomination = 20;
    public const int ShortTextMaxLength = 300;
    public const int LongTextMaxLength = EntryForm.TextMaxLength;
    public const int UrlMaxLength = 2000;
    public const double NumberLimit = 1e15;

    private EntryField()
    {
        LabelUk = LabelEn = Choices = "";
    }

    public Guid Id { get; private set; }
    public Guid NominationId { get; private set; }
    public string LabelUk { get; private set; }
    public string LabelEn { get; private set; }
    public EntryFieldKind Kind { get; private set; }
    public bool Required { get; private set; }
    public int Order { get; private set; }
    /// <summary>The options of a <see cref="EntryFieldKind.Choice"/>, one a line.</summary>
    public string Choices { get; private set; }

    public IReadOnlyList<string> Options => SplitChoices(Choices);

    /// <summary>The name its refusals carry, so the form shows them beside this field.</summary>
    public string Key => KeyOf(Id);

    public static string KeyOf(Guid fieldId) => $"Field:{fieldId:N}";

    /// <summary>The label in the reader's language (both are required; Ukrainian stands in should an English one be missing).</summary>
    public string Label(bool english) => english && LabelEn.Length > 0 ? LabelEn : LabelUk;

    public static Result<EntryField> Create(Guid nominationId, string labelUk, string labelEn, EntryFieldKind kind, bool required, string? choices, int order)
    {
        var field = new EntryField { Id = Guid.CreateVersion7(), NominationId = nominationId };
        var set = field.Set(labelUk, labelEn, kind, required, choices, order, hasAnswers: false);
        return set.IsSuccess ? field : set.Error!;
    }

    /// <summary>Changes the definition; a field applicants already answered keeps its kind.</summary>
    public Result Change(string labelUk, string labelEn, EntryFieldKind kind, bool required, string? choices, int order, bool hasAnswers) =>
        Set(labelUk, labelEn, kind, required, choices, order, hasAnswers);

    /// <summary>An answer's check: its format and limits always, its presence when <paramref name="final"/> (submission) and required.</summary>
    public Result Validate(AnswerInput? answer, bool final)
    {
        if (answer is null || answer.IsBlank) return final && Required ? CommonErrors.Required(Key) : Result.Success();
        var text = (answer.Text ?? "").Trim();
        return Kind switch
        {
            EntryFieldKind.ShortText => text.Length > ShortTextMaxLength ? CommonErrors.TooLong(Key) : Result.Success(),
            EntryFieldKind.LongText => text.Length > LongTextMaxLength ? CommonErrors.TooLong(Key) : Result.Success(),
            EntryFieldKind.Number => ValidateNumber(text),
            EntryFieldKind.Choice => Options.Contains(text, StringComparer.Ordinal) ? Result.Success() : ContestErrors.NotAChoice with { Field = Key },
            EntryFieldKind.Url => ValidateUrl(text),
            EntryFieldKind.File => answer.DocumentId is null ? CommonErrors.Required(Key)
                : text.Length > AttachmentRules.FileNameMaxLength ? CommonErrors.TooLong(Key) : Result.Success(),
            _ => CommonErrors.Invalid(Key),
        };
    }

    /// <summary>A number as Ukrainians and the English type it ("12 500", "1,5" or "1.5").</summary>
    public static bool TryParseNumber(string text, out double value)
    {
        var plain = new string((text ?? "").Where(c => c is not (' ' or '\u00A0' or '\u202F')).ToArray()).Replace(',', '.');
        return double.TryParse(plain, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);
    }

    private Result ValidateNumber(string text)
    {
        if (!TryParseNumber(text, out var value)) return ContestErrors.NotANumber with { Field = Key };
        return Math.Abs(value) > NumberLimit ? ContestErrors.NumberOutOfRange with { Field = Key } : Result.Success();
    }

    private Result ValidateUrl(string text)
    {
        if (text.Length > UrlMaxLength) return CommonErrors.TooLong(Key);
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? Result.Success()
            : ContestErrors.NotAUrl with { Field = Key };
    }

    private Result Set(string labelUk, string labelEn, EntryFieldKind kind, bool required, string? choices, int order, bool hasAnswers)
    {
        labelUk = (labelUk ?? "").Trim();
        labelEn = (labelEn ?? "").Trim();
        choices = (choices ?? "").Trim();
        if (labelUk.Length == 0) return CommonErrors.Required("LabelUk");
        if (labelUk.Length > LabelMaxLength) return CommonErrors.TooLong("LabelUk");
        if (labelEn.Length == 0) return CommonErrors.Required("LabelEn");
        if (labelEn.Length > LabelMaxLength) return CommonErrors.TooLong("LabelEn");
        if (!Enum.IsDefined(kind)) return CommonErrors.Invalid("Kind");
        if (hasAnswers && kind != Kind) return ContestErrors.FieldInUse;
        if (choices.Length > ChoicesMaxLength) return CommonErrors.TooLong("Choices");
        var options = SplitChoices(choices);
        if (kind == EntryFieldKind.Choice && (options.Count == 0 || options.Count > MaxChoices || options.Any(o => o.Length > ShortTextMaxLength)))
            return ContestErrors.ChoicesRequired;
        LabelUk = labelUk;
        LabelEn = labelEn;
        Kind = kind;
        Required = required;
        Choices = kind == EntryFieldKind.Choice ? string.Join('\n', options) : "";
        Order = order;
        return Result.Success();
    }

    private static List<string> SplitChoices(string choices) =>
        [.. choices.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];
}

/// <summary>An entry's answer to one extra field. Unique per (entry, field).</summary>
public sealed class EntryAnswer
{
    private EntryAnswer()
    {
        Text = "";
    }

    public Guid Id { get; private set; }
    public Guid EntryId { get; private set; }
    public Guid FieldId { get; private set; }
    /// <summary>The answer; for a file, its name.</summary>
    public string Text { get; private set; }
    /// <summary>The document store's id of a file answer.</summary>
    public Guid? DocumentId { get; private set; }

    public static EntryAnswer Create(Guid entryId, Guid fieldId, AnswerInput input)
    {
        var answer = new EntryAnswer { Id = Guid.CreateVersion7(), EntryId = entryId, FieldId = fieldId };
        answer.Change(input);
        return answer;
    }

    /// <summary>Takes a validated answer (see <see cref="EntryField.Validate"/>).</summary>
    public void Change(AnswerInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        Text = (input.Text ?? "").Trim();
        DocumentId = input.DocumentId;
    }
}

/// <summary>The extra fields of a nomination's form, as a whole.</summary>
public static class EntryFieldRules
{
    /// <summary>Every answer against its field, in the form's order; the first refusal names its field.</summary>
    public static Result Validate(IReadOnlyList<EntryField> fields, IReadOnlyDictionary<Guid, AnswerInput> answers, bool final)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(answers);
        if (answers.Keys.Any(id => fields.All(f => f.Id != id))) return CommonErrors.Invalid("Fields");
        foreach (var field in fields.OrderBy(f => f.Order))
        {
            var valid = field.Validate(answers.GetValueOrDefault(field.Id), final);
            if (!valid.IsSuccess) return valid;
        }
        return Result.Success();
    }
}

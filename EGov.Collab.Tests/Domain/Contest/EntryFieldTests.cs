using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Contest;

namespace EGov.Collab.Tests.Domain.Contest;

/// <summary>Issue #22.13: a nomination's configurable entry form — field definitions and the checks of their answers.</summary>
public sealed class EntryFieldTests
{
    private static readonly Guid Nomination = Guid.NewGuid();

    private static EntryField Field(EntryFieldKind kind, bool required = false, string? choices = null) =>
        EntryField.Create(Nomination, "Поле", "Field", kind, required, choices, 1).Value;

    [Fact]
    public void Create_BadDefinitions_Refused()
    {
        Assert.Equal(CommonErrors.Required("LabelUk"), EntryField.Create(Nomination, " ", "Field", EntryFieldKind.ShortText, false, null, 1).Error);
        Assert.Equal(CommonErrors.Required("LabelEn"), EntryField.Create(Nomination, "Поле", "", EntryFieldKind.ShortText, false, null, 1).Error);
        Assert.Equal(CommonErrors.TooLong("LabelUk"),
            EntryField.Create(Nomination, new string('п', EntryField.LabelMaxLength + 1), "Field", EntryFieldKind.ShortText, false, null, 1).Error);
        Assert.Equal(CommonErrors.Invalid("Kind"), EntryField.Create(Nomination, "Поле", "Field", (EntryFieldKind)99, false, null, 1).Error);
        Assert.Equal(ContestErrors.ChoicesRequired, EntryField.Create(Nomination, "Поле", "Field", EntryFieldKind.Choice, false, " \n ", 1).Error);
        var tooMany = string.Join('\n', Enumerable.Range(0, EntryField.MaxChoices + 1).Select(i => $"Варіант {i}"));
        Assert.Equal(ContestErrors.ChoicesRequired, EntryField.Create(Nomination, "Поле", "Field", EntryFieldKind.Choice, false, tooMany, 1).Error);
    }

    [Fact]
    public void Create_Choice_KeepsTrimmedDistinctOptions()
    {
        var field = Field(EntryFieldKind.Choice, choices: " Місто \nСело\n\nМісто\n");
        Assert.Equal("Місто|Село", string.Join('|', field.Options));
        Assert.Equal("Поле", field.Label(english: false));
        Assert.Equal("Field", field.Label(english: true));
    }

    [Fact]
    public void Change_AnsweredField_KeepsItsKind()
    {
        var field = Field(EntryFieldKind.Number);
        Assert.Equal(ContestErrors.FieldInUse, field.Change("Поле", "Field", EntryFieldKind.ShortText, true, null, 2, hasAnswers: true).Error);
        Assert.Equal(EntryFieldKind.Number, field.Kind);
        Assert.True(field.Change("Бюджет", "Budget", EntryFieldKind.Number, true, null, 2, hasAnswers: true).IsSuccess);
        Assert.Equal(("Бюджет", true, 2), (field.LabelUk, field.Required, field.Order));
    }

    [Fact]
    public void Validate_EachKind_ChecksItsFormatAndLimits()
    {
        var cases = new (EntryField Field, AnswerInput Answer, Error? Error)[]
        {
            (Field(EntryFieldKind.ShortText), new(new string('т', EntryField.ShortTextMaxLength + 1)), CommonErrors.TooLong("")),
            (Field(EntryFieldKind.ShortText), new("Коротко"), null),
            (Field(EntryFieldKind.LongText), new(new string('т', EntryField.LongTextMaxLength + 1)), CommonErrors.TooLong("")),
            (Field(EntryFieldKind.Number), new("1,5"), null),
            (Field(EntryFieldKind.Number), new("1500.25"), null),
            (Field(EntryFieldKind.Number), new("12 500"), null),
            (Field(EntryFieldKind.Number), new("півтори"), ContestErrors.NotANumber),
            (Field(EntryFieldKind.Number), new("1e16"), ContestErrors.NumberOutOfRange),
            (Field(EntryFieldKind.Choice, choices: "Так\nНі"), new("Ні"), null),
            (Field(EntryFieldKind.Choice, choices: "Так\nНі"), new("Можливо"), ContestErrors.NotAChoice),
            (Field(EntryFieldKind.Url), new("https://vinnytsia.gov.ua/kabinet"), null),
            (Field(EntryFieldKind.Url), new("javascript:alert(1)"), ContestErrors.NotAUrl),
            (Field(EntryFieldKind.Url), new("vinnytsia.gov.ua"), ContestErrors.NotAUrl),
            (Field(EntryFieldKind.File), new("звіт.pdf", Guid.NewGuid()), null),
            (Field(EntryFieldKind.File), new("звіт.pdf"), CommonErrors.Required("")),
        };
        foreach (var (field, answer, error) in cases)
        {
            var result = field.Validate(answer, final: false);
            if (error is null) Assert.True(result.IsSuccess, $"{field.Kind} «{answer.Text}»: {result.Error}");
            else Assert.Equal(error with { Field = field.Key }, result.Error);
        }
    }

    [Fact]
    public void Validate_RequiredField_BlankPassesADraftButNotASubmission()
    {
        var field = Field(EntryFieldKind.ShortText, required: true);
        Assert.True(field.Validate(new AnswerInput("  "), final: false).IsSuccess);
        Assert.Equal(CommonErrors.Required(field.Key), field.Validate(new AnswerInput("  "), final: true).Error);
        Assert.Equal(CommonErrors.Required(field.Key), field.Validate(null, final: true).Error);
        Assert.True(Field(EntryFieldKind.ShortText).Validate(null, final: true).IsSuccess);
    }

    [Fact]
    public void ValidateForm_NamesTheFirstFieldInOrder_AndRefusesUnknownFields()
    {
        var first = EntryField.Create(Nomination, "Бюджет", "Budget", EntryFieldKind.Number, true, null, 1).Value;
        var second = EntryField.Create(Nomination, "Сайт", "Website", EntryFieldKind.Url, true, null, 2).Value;
        var answers = new Dictionary<Guid, AnswerInput> { [second.Id] = new("не адреса") };

        Assert.Equal(CommonErrors.Required(first.Key), EntryFieldRules.Validate([second, first], answers, final: true).Error);
        Assert.Equal(ContestErrors.NotAUrl with { Field = second.Key }, EntryFieldRules.Validate([second, first], answers, final: false).Error);
        Assert.Equal(CommonErrors.Invalid("Fields"),
            EntryFieldRules.Validate([first], new Dictionary<Guid, AnswerInput> { [Guid.NewGuid()] = new("x") }, final: false).Error);
    }
}

using System.Collections.Immutable;
using EGov.Collab.Domain.Drafting.Editing;

namespace EGov.Collab.Domain.Drafting;

/// <summary>The skeleton a new draft of each kind starts from (Ukrainian drafting practice), and the blank text.</summary>
public static class DraftTemplates
{
    public static DraftDocument Blank(string title) => Of((ProvisionKind.Title, title), (ProvisionKind.Article, ""));

    public static DraftDocument For(DraftKind kind, string title) => kind switch
    {
        DraftKind.Law => Of(
            (ProvisionKind.Title, title),
            (ProvisionKind.Preamble, "Цей Закон визначає правові та організаційні засади …"),
            (ProvisionKind.Section, "Загальні положення"),
            (ProvisionKind.Article, "Визначення термінів"),
            (ProvisionKind.Part, "У цьому Законі терміни вживаються в такому значенні:"),
            (ProvisionKind.Item, ""),
            (ProvisionKind.Article, "Сфера дії Закону"),
            (ProvisionKind.Part, ""),
            (ProvisionKind.FinalProvisions, "Прикінцеві положення"),
            (ProvisionKind.Part, "Цей Закон набирає чинності з дня, наступного за днем його опублікування.")),
        DraftKind.CabinetResolution => Of(
            (ProvisionKind.Title, title),
            (ProvisionKind.Preamble, "Кабінет Міністрів України постановляє:"),
            (ProvisionKind.Part, "Затвердити …"),
            (ProvisionKind.Part, "Міністерству цифрової трансформації забезпечити …"),
            (ProvisionKind.Part, "Ця постанова набирає чинності з дня її опублікування.")),
        DraftKind.Order => Of(
            (ProvisionKind.Title, title),
            (ProvisionKind.Preamble, "Відповідно до … НАКАЗУЮ:"),
            (ProvisionKind.Part, "Затвердити …"),
            (ProvisionKind.Part, "Контроль за виконанням цього наказу залишаю за собою.")),
        DraftKind.Programme => Of(
            (ProvisionKind.Title, title),
            (ProvisionKind.Section, "Мета програми"),
            (ProvisionKind.Paragraph, ""),
            (ProvisionKind.Section, "Завдання і заходи"),
            (ProvisionKind.Item, ""),
            (ProvisionKind.Section, "Очікувані результати"),
            (ProvisionKind.Paragraph, "")),
        DraftKind.ProjectApplication => Of(
            (ProvisionKind.Title, title),
            (ProvisionKind.Section, "Опис проблеми"),
            (ProvisionKind.Paragraph, ""),
            (ProvisionKind.Section, "Мета і завдання проєкту"),
            (ProvisionKind.Paragraph, ""),
            (ProvisionKind.Section, "Бюджет"),
            (ProvisionKind.Paragraph, "")),
        _ => Blank(title),
    };

    public static DraftDocument Of(params (ProvisionKind Kind, string Text)[] provisions) =>
        new(provisions.Select(p => new Provision(Guid.CreateVersion7(), p.Kind, p.Text)).ToImmutableList());
}

using EGov.Collab.Domain.Readiness;

namespace EGov.Collab.Data.Seeding;

/// <summary>The demo methodology: five components after the UN EGDI/LOSI pattern, twelve questions.</summary>
public static class ReadinessDemoMethodology
{
    /// <summary>The 2026 model; 2025 weighed institutions more and people less (so the years differ visibly).</summary>
    public static MethodologyDefinition For(int year) => new(year, NormalisationMethod.MinMax,
    [
        new("INST", "Інституційна та правова основа", "Institutional and legal framework", year >= 2026 ? 25m : 30m,
        [
            Q("INST.1", "Чи ухвалено стратегію (програму) цифрового розвитку органу?", "Has the body adopted a digital development strategy (programme)?",
                50m, AnswerScaleKind.YesNo, 1, true, true,
                "Ухвалити стратегію цифрового розвитку з вимірюваними цілями та планом заходів.", "Adopt a digital development strategy with measurable goals and an action plan."),
            Q("INST.2", "Наскільки розвинена функція CDTO (0 — немає, 4 — окремий підрозділ із бюджетом)?", "How mature is the CDTO function (0 = none, 4 = a unit with its own budget)?",
                50m, AnswerScaleKind.Ordinal, 4, true, false,
                "Призначити CDTO і закріпити за ним підрозділ, повноваження та бюджет.", "Appoint a CDTO and give the role a unit, powers and a budget."),
        ]),
        new("SERV", "Онлайн-послуги та контент", "Online services and content", 25m,
        [
            Q("SERV.1", "Яка частка адміністративних послуг доступна онлайн (%)?", "What share of administrative services is available online (%)?",
                60m, AnswerScaleKind.Percentage, 100, true, true,
                "Перевести найпопулярніші послуги в онлайн через Дію та власний портал.", "Move the most requested services online through Diia and the body's own portal."),
            Q("SERV.2", "Чи відповідає вебсайт органу вимогам доступності WCAG 2.1 AA?", "Does the body's website meet WCAG 2.1 AA accessibility?",
                40m, AnswerScaleKind.YesNo, 1, true, false,
                "Провести аудит доступності вебсайту й виправити знайдені порушення.", "Audit the website's accessibility and fix what the audit finds."),
        ]),
        new("PART", "Участь і відкритість", "Participation and openness", 20m,
        [
            Q("PART.1", "Чи публікує орган набори відкритих даних на data.gov.ua?", "Does the body publish open data sets on data.gov.ua?",
                40m, AnswerScaleKind.YesNo, 1, true, true,
                "Затвердити перелік наборів відкритих даних і оновлювати їх за графіком.", "Approve a list of open data sets and update them on schedule."),
            Q("PART.2", "Скільки інструментів е-демократії діє (0–5: петиції, бюджет участі, консультації…)?", "How many e-democracy tools work (0–5: petitions, participatory budget, consultations…)?",
                60m, AnswerScaleKind.Ordinal, 5, true, false,
                "Запровадити е-петиції, бюджет участі та онлайн-консультації з громадськістю.", "Introduce e-petitions, a participatory budget and online public consultations."),
        ]),
        new("TECH", "Технології та інфраструктура", "Technology and infrastructure", 15m,
        [
            Q("TECH.1", "Яка частка робочих місць має захищений доступ до мережі (%)?", "What share of workplaces has secure network access (%)?",
                50m, AnswerScaleKind.Percentage, 100, true, false,
                "Модернізувати мережу та робочі місця, запровадити захищений віддалений доступ.", "Upgrade the network and workplaces; introduce secure remote access."),
            Q("TECH.2", "Чи підключено орган до системи електронної взаємодії «Трембіта»?", "Is the body connected to the Trembita data exchange system?",
                30m, AnswerScaleKind.YesNo, 1, true, true,
                "Підключитися до «Трембіти» для обміну даними з державними реєстрами.", "Connect to Trembita to exchange data with state registers."),
            Q("TECH.3", "Чи є резервне копіювання критичних даних поза приміщенням?", "Are critical data backed up off-site?",
                20m, AnswerScaleKind.YesNo, 1, false, false,
                "Налаштувати регулярне резервне копіювання критичних даних поза приміщенням.", "Set up regular off-site backups of critical data."),
        ]),
        new("CAP", "Людський потенціал", "Human capacity", year >= 2026 ? 15m : 10m,
        [
            Q("CAP.1", "Яка частка працівників пройшла навчання з цифрових навичок цього року (%)?", "What share of staff completed digital skills training this year (%)?",
                50m, AnswerScaleKind.Percentage, 100, true, true,
                "Включити курс «Електронне урядування» до плану підвищення кваліфікації.", "Put the e-governance course into the staff training plan."),
            Q("CAP.2", "Як ви оцінюєте цифрові навички працівників (0–5)?", "How do you rate the staff's digital skills (0–5)?",
                30m, AnswerScaleKind.Ordinal, 5, true, false,
                "Провести оцінку цифрових навичок і скласти індивідуальні плани навчання.", "Assess digital skills and draw up individual training plans."),
            Q("CAP.3", "Чи діє програма цифрової грамотності для мешканців?", "Is there a digital literacy programme for residents?",
                20m, AnswerScaleKind.YesNo, 1, false, false,
                "Відкрити хаб цифрової освіти для мешканців разом із бібліотеками та ЦНАП.", "Open a digital learning hub for residents with libraries and service centres."),
        ]),
    ]);

    private static IndicatorDefinition Q(string code, string uk, string en, decimal weight, AnswerScaleKind kind, int max, bool required, bool evidence, string recUk, string recEn) =>
        new(code, uk, en, weight, kind, max, required, evidence, recUk, recEn);
}

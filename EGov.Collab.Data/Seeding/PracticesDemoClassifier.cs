using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Practices;

namespace EGov.Collab.Data.Seeding;

/// <summary>
/// The classifier the depository starts with: COFOG divisions and groups, service areas, technologies, SDG goals and
/// targets, the OPSI innovation facets and lifecycle stages, levels of government and the 27 KATOTTG regions.
/// Notation, Ukrainian label, English label, notation of the broader concept.
/// </summary>
public static class PracticesDemoClassifier
{
    public static readonly IReadOnlyList<(ConceptScheme Scheme, string Notation, string Uk, string En, string? Broader)> Concepts =
    [
        (ConceptScheme.Cofog, "01", "Загальні державні послуги", "General public services", null),
        (ConceptScheme.Cofog, "01.3", "Загальні послуги", "General services", "01"),
        (ConceptScheme.Cofog, "03", "Громадський порядок і безпека", "Public order and safety", null),
        (ConceptScheme.Cofog, "04", "Економічна діяльність", "Economic affairs", null),
        (ConceptScheme.Cofog, "04.5", "Транспорт", "Transport", "04"),
        (ConceptScheme.Cofog, "06", "Житлово-комунальне господарство", "Housing and community amenities", null),
        (ConceptScheme.Cofog, "07", "Охорона здоров'я", "Health", null),
        (ConceptScheme.Cofog, "09", "Освіта", "Education", null),
        (ConceptScheme.Cofog, "09.1", "Дошкільна та початкова освіта", "Pre-primary and primary education", "09"),
        (ConceptScheme.Cofog, "10", "Соціальний захист", "Social protection", null),

        (ConceptScheme.ServiceArea, "ADMIN", "Адміністративні послуги", "Administrative services", null),
        (ConceptScheme.ServiceArea, "FINANCE", "Публічні фінанси", "Public finance", null),
        (ConceptScheme.ServiceArea, "BUDGET", "Відкритий бюджет", "Open budget", "FINANCE"),
        (ConceptScheme.ServiceArea, "PROCUREMENT", "Публічні закупівлі", "Public procurement", "FINANCE"),
        (ConceptScheme.ServiceArea, "PARTICIPATION", "Е-демократія та участь", "E-democracy and participation", null),
        (ConceptScheme.ServiceArea, "TRANSPORT", "Міський транспорт", "Urban transport", null),
        (ConceptScheme.ServiceArea, "EDUCATION", "Освіта", "Education", null),
        (ConceptScheme.ServiceArea, "HEALTH", "Медицина", "Health care", null),
        (ConceptScheme.ServiceArea, "SOCIAL", "Соціальні послуги", "Social services", null),
        (ConceptScheme.ServiceArea, "SAFETY", "Безпека мешканців", "Residents' safety", null),
        (ConceptScheme.ServiceArea, "HOUSING", "Житло та відновлення", "Housing and recovery", null),

        (ConceptScheme.Technology, "CHANNELS", "Цифрові канали", "Digital channels", null),
        (ConceptScheme.Technology, "PORTAL", "Вебпортал", "Web portal", "CHANNELS"),
        (ConceptScheme.Technology, "MOBILE", "Мобільний застосунок", "Mobile app", "CHANNELS"),
        (ConceptScheme.Technology, "CHATBOT", "Чат-бот", "Chatbot", "CHANNELS"),
        (ConceptScheme.Technology, "QUEUE", "Електронна черга", "Electronic queue", null),
        (ConceptScheme.Technology, "OPENDATA", "Відкриті дані", "Open data", null),
        (ConceptScheme.Technology, "GIS", "Геоінформаційна система", "Geographic information system", null),
        (ConceptScheme.Technology, "EPAY", "Електронні платежі", "Electronic payments", null),
        (ConceptScheme.Technology, "EID", "Електронна ідентифікація", "Electronic identification", null),
        (ConceptScheme.Technology, "CLOUD", "Хмарні сервіси", "Cloud services", null),

        (ConceptScheme.SdgTarget, "SDG3", "Ціль 3. Міцне здоров'я", "Goal 3. Good health", null),
        (ConceptScheme.SdgTarget, "SDG3.8", "3.8 Загальне охоплення послугами здоров'я", "3.8 Universal health coverage", "SDG3"),
        (ConceptScheme.SdgTarget, "SDG4", "Ціль 4. Якісна освіта", "Goal 4. Quality education", null),
        (ConceptScheme.SdgTarget, "SDG4.2", "4.2 Доступ до дошкільної освіти", "4.2 Access to pre-primary education", "SDG4"),
        (ConceptScheme.SdgTarget, "SDG4.4", "4.4 Цифрові навички", "4.4 Digital skills", "SDG4"),
        (ConceptScheme.SdgTarget, "SDG11", "Ціль 11. Сталий розвиток міст", "Goal 11. Sustainable cities", null),
        (ConceptScheme.SdgTarget, "SDG11.2", "11.2 Доступний транспорт", "11.2 Accessible transport", "SDG11"),
        (ConceptScheme.SdgTarget, "SDG11.5", "11.5 Зменшення втрат від лих", "11.5 Reduce disaster losses", "SDG11"),
        (ConceptScheme.SdgTarget, "SDG16", "Ціль 16. Мир, справедливість, сильні інституції", "Goal 16. Peace, justice and strong institutions", null),
        (ConceptScheme.SdgTarget, "SDG16.5", "16.5 Протидія корупції", "16.5 Reduce corruption", "SDG16"),
        (ConceptScheme.SdgTarget, "SDG16.6", "16.6 Ефективні й підзвітні інституції", "16.6 Effective, accountable institutions", "SDG16"),
        (ConceptScheme.SdgTarget, "SDG16.7", "16.7 Ухвалення рішень за участі громадян", "16.7 Participatory decision-making", "SDG16"),
        (ConceptScheme.SdgTarget, "SDG16.10", "16.10 Доступ до інформації", "16.10 Access to information", "SDG16"),

        (ConceptScheme.InnovationFacet, "ENHANCEMENT", "Удосконалення", "Enhancement-oriented", null),
        (ConceptScheme.InnovationFacet, "MISSION", "Орієнтована на місію", "Mission-oriented", null),
        (ConceptScheme.InnovationFacet, "ADAPTIVE", "Адаптивна", "Adaptive", null),
        (ConceptScheme.InnovationFacet, "ANTICIPATORY", "Випереджувальна", "Anticipatory", null),

        (ConceptScheme.LifecycleStage, "1-PROBLEM", "Визначення проблеми", "Identifying problems", null),
        (ConceptScheme.LifecycleStage, "2-IDEAS", "Пошук ідей", "Generating ideas", null),
        (ConceptScheme.LifecycleStage, "3-PROPOSAL", "Розроблення пропозиції", "Developing proposals", null),
        (ConceptScheme.LifecycleStage, "4-IMPLEMENTATION", "Упровадження", "Implementation", null),
        (ConceptScheme.LifecycleStage, "5-EVALUATION", "Оцінювання", "Evaluation", null),
        (ConceptScheme.LifecycleStage, "6-DIFFUSION", "Поширення досвіду", "Diffusing lessons", null),

        (ConceptScheme.GovernmentLevel, "NATIONAL", "Національний", "National", null),
        (ConceptScheme.GovernmentLevel, "REGIONAL", "Обласний", "Regional", null),
        (ConceptScheme.GovernmentLevel, "LOCAL", "Місцеве самоврядування", "Local self-government", null),
        (ConceptScheme.GovernmentLevel, "CITY", "Міська громада", "City community", "LOCAL"),
        (ConceptScheme.GovernmentLevel, "RURAL", "Селищна чи сільська громада", "Town or village community", "LOCAL"),

        .. Regions.All.Select(r => (ConceptScheme.Region, r.Code, r.NameUk, r.NameEn, (string?)null)),
    ];
}

using EGov.Collab.Domain.Methodology;

namespace EGov.Collab.Data.Seeding;

/// <summary>
/// Real Ukrainian e-government acts with their real numbers and dates (identifiers are the Verkhovna Rada's registration
/// numbers, as in zakon.rada.gov.ua links). Checked against the official and reference publications; acts whose status
/// could not be checked were left out rather than guessed.
/// </summary>
public static class MethodologyDemoActs
{
    public const string Rada = "Верховна Рада України";
    public const string Cabinet = "Кабінет Міністрів України";

    /// <summary>The act that lost force (07.11.2018, when the law on electronic trust services took effect) and that a template still cites.</summary>
    public const string DigitalSignature = "852-15";

    public static readonly IReadOnlyList<LegalActCard> Cards =
    [
        Law("851-15", "Про електронні документи та електронний документообіг", "851-IV", 2003, 5, 22, "електронний документ, документообіг"),
        Law(DigitalSignature, "Про електронний цифровий підпис", "852-IV", 2003, 5, 22, "електронний підпис", lost: new DateOnly(2018, 11, 7)),
        Law("2155-19", "Про електронну ідентифікацію та електронні довірчі послуги", "2155-VIII", 2017, 10, 5, "електронний підпис, довірчі послуги, ідентифікація",
            effective: new DateOnly(2018, 11, 7)),
        Law("2801-20", "Про внесення змін до деяких законодавчих актів України щодо забезпечення укладення угоди між Україною та Європейським Союзом про взаємне визнання кваліфікованих електронних довірчих послуг та імплементації законодавства Європейського Союзу у сфері електронної ідентифікації",
            "2801-IX", 2022, 12, 1, "довірчі послуги, ідентифікація, ЄС"),
        Law("2939-17", "Про доступ до публічної інформації", "2939-VI", 2011, 1, 13, "відкритість, публічна інформація"),
        Law("5203-17", "Про адміністративні послуги", "5203-VI", 2012, 9, 6, "адміністративні послуги, ЦНАП"),
        Law("2297-17", "Про захист персональних даних", "2297-VI", 2010, 6, 1, "персональні дані"),
        Law("1089-20", "Про електронні комунікації", "1089-IX", 2020, 12, 16, "зв'язок, електронні комунікації", effective: new DateOnly(2022, 1, 1)),
        Law("1280-15", "Про телекомунікації", "1280-IV", 2003, 11, 18, "зв'язок", lost: new DateOnly(2022, 1, 1)),
        Law("1907-20", "Про публічні електронні реєстри", "1907-IX", 2021, 11, 18, "реєстри, взаємодія"),
        Law("2657-12", "Про інформацію", "2657-XII", 1992, 10, 2, "інформація"),
        Law("80/94-вр", "Про захист інформації в інформаційно-комунікаційних системах", "80/94-ВР", 1994, 7, 5, "кібербезпека, захист інформації"),
        Law("2807-20", "Про Національну програму інформатизації", "2807-IX", 2022, 12, 1, "інформатизація, програми"),
        Law("1689-20", "Про особливості надання публічних (електронних публічних) послуг", "1689-IX", 2021, 7, 15, "електронні послуги"),
        Law("537-16", "Про Основні засади розвитку інформаційного суспільства в Україні на 2007–2015 роки", "537-V", 2007, 1, 9, "інформаційне суспільство"),
        Law("2163-19", "Про основні засади забезпечення кібербезпеки України", "2163-VIII", 2017, 10, 5, "кібербезпека"),
        Law("183-19", "Про відкритість використання публічних коштів", "183-VIII", 2015, 2, 11, "відкритість, публічні кошти"),
        Law("393/96-вр", "Про звернення громадян", "393/96-ВР", 1996, 10, 2, "звернення, петиції"),
        Law("5492-17", "Про Єдиний державний демографічний реєстр та документи, що підтверджують громадянство України, посвідчують особу чи її спеціальний статус",
            "5492-VI", 2012, 11, 20, "реєстри, ідентифікація"),
        Law("1667-20", "Про стимулювання розвитку цифрової економіки в Україні", "1667-IX", 2021, 7, 15, "цифрова економіка"),
        Law("554-20", "Про національну інфраструктуру геопросторових даних", "554-IX", 2020, 4, 13, "геодані, відкриті дані"),
        Law("675-19", "Про електронну комерцію", "675-VIII", 2015, 9, 3, "електронна комерція"),
        Law("280/97-вр", "Про місцеве самоврядування в Україні", "280/97-ВР", 1997, 5, 21, "громади, місцеве самоврядування"),
        Cabinet_("649-2017-р", LegalActType.Order, "Про схвалення Концепції розвитку електронного урядування в Україні", "649-р", 2017, 9, 20, "е-урядування, концепція"),
        Cabinet_("918-2016-р", LegalActType.Order, "Про схвалення Концепції розвитку системи електронних послуг в Україні", "918-р", 2016, 11, 16, "електронні послуги, концепція"),
        Cabinet_("67-2018-р", LegalActType.Order, "Про схвалення Концепції розвитку цифрової економіки та суспільства України на 2018–2020 роки та затвердження плану заходів щодо її реалізації",
            "67-р", 2018, 1, 17, "цифрова економіка, концепція"),
        Cabinet_("835-2015-п", LegalActType.Resolution, "Про затвердження Положення про набори даних, які підлягають оприлюдненню у формі відкритих даних", "835", 2015, 10, 21, "відкриті дані"),
        Cabinet_("1137-2019-п", LegalActType.Resolution, "Питання Єдиного державного веб-порталу електронних послуг та Єдиного державного порталу адміністративних послуг",
            "1137", 2019, 12, 4, "електронні послуги, портал"),
        Cabinet_("55-2018-п", LegalActType.Resolution, "Деякі питання документування управлінської діяльності", "55", 2018, 1, 17, "документообіг"),
    ];

    /// <summary>Typed links: (source, type, target) by identifier.</summary>
    public static readonly IReadOnlyList<(string Source, ActLinkType Type, string Target)> Links =
    [
        ("2801-20", ActLinkType.Amends, "2155-19"),
        ("2155-19", ActLinkType.Repeals, DigitalSignature),
        ("1089-20", ActLinkType.Repeals, "1280-15"),
        ("2939-17", ActLinkType.IsBasisFor, "835-2015-п"),
        ("5203-17", ActLinkType.IsBasisFor, "1137-2019-п"),
        ("1689-20", ActLinkType.IsBasisFor, "1137-2019-п"),
    ];

    private static LegalActCard Law(string id, string title, string number, int year, int month, int day, string tags, DateOnly? effective = null, DateOnly? lost = null) =>
        new(id, title, LegalActType.Law, number, new DateOnly(year, month, day), Rada, effective, lost, Url(id), tags);

    private static LegalActCard Cabinet_(string id, LegalActType type, string title, string number, int year, int month, int day, string tags) =>
        new(id, title, type, number, new DateOnly(year, month, day), Cabinet, null, null, Url(id), tags);

    private static string Url(string id) => "https://zakon.rada.gov.ua/laws/show/" + id;
}

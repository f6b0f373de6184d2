using EGov.Collab.Domain.Learning;

namespace EGov.Collab.Tests.Domain.Learning;

public sealed class UkrainianTransliterationTests
{
    // The examples printed in Cabinet of Ministers resolution No. 55 of 27 January 2010 (74).
    [Theory]
    [InlineData("Алушта", "Alushta")]
    [InlineData("Андрій", "Andrii")]
    [InlineData("Борщагівка", "Borshchahivka")]
    [InlineData("Борисенко", "Borysenko")]
    [InlineData("Вінниця", "Vinnytsia")]
    [InlineData("Володимир", "Volodymyr")]
    [InlineData("Гадяч", "Hadiach")]
    [InlineData("Богдан", "Bohdan")]
    [InlineData("Згурський", "Zghurskyi")]
    [InlineData("Ґалаґан", "Galagan")]
    [InlineData("Ґорґани", "Gorgany")]
    [InlineData("Донецьк", "Donetsk")]
    [InlineData("Дмитро", "Dmytro")]
    [InlineData("Рівне", "Rivne")]
    [InlineData("Олег", "Oleh")]
    [InlineData("Есмань", "Esman")]
    [InlineData("Єнакієве", "Yenakiieve")]
    [InlineData("Гаєвич", "Haievych")]
    [InlineData("Короп'є", "Koropie")]
    [InlineData("Житомир", "Zhytomyr")]
    [InlineData("Жанна", "Zhanna")]
    [InlineData("Жежелів", "Zhezheliv")]
    [InlineData("Закарпаття", "Zakarpattia")]
    [InlineData("Казимирчук", "Kazymyrchuk")]
    [InlineData("Медвин", "Medvyn")]
    [InlineData("Михайленко", "Mykhailenko")]
    [InlineData("Іванків", "Ivankiv")]
    [InlineData("Іващенко", "Ivashchenko")]
    [InlineData("Їжакевич", "Yizhakevych")]
    [InlineData("Кадиївка", "Kadyivka")]
    [InlineData("Мар'їне", "Marine")]
    [InlineData("Йосипівка", "Yosypivka")]
    [InlineData("Стрий", "Stryi")]
    [InlineData("Олексій", "Oleksii")]
    [InlineData("Київ", "Kyiv")]
    [InlineData("Коваленко", "Kovalenko")]
    [InlineData("Лебедин", "Lebedyn")]
    [InlineData("Леонід", "Leonid")]
    [InlineData("Миколаїв", "Mykolaiv")]
    [InlineData("Маринич", "Marynych")]
    [InlineData("Ніжин", "Nizhyn")]
    [InlineData("Наталія", "Nataliia")]
    [InlineData("Одеса", "Odesa")]
    [InlineData("Онищенко", "Onyshchenko")]
    [InlineData("Полтава", "Poltava")]
    [InlineData("Петро", "Petro")]
    [InlineData("Решетилівка", "Reshetylivka")]
    [InlineData("Рибчинський", "Rybchynskyi")]
    [InlineData("Суми", "Sumy")]
    [InlineData("Соломія", "Solomiia")]
    [InlineData("Тернопіль", "Ternopil")]
    [InlineData("Троць", "Trots")]
    [InlineData("Ужгород", "Uzhhorod")]
    [InlineData("Уляна", "Uliana")]
    [InlineData("Фастів", "Fastiv")]
    [InlineData("Філіпчук", "Filipchuk")]
    [InlineData("Харків", "Kharkiv")]
    [InlineData("Христина", "Khrystyna")]
    [InlineData("Біла Церква", "Bila Tserkva")]
    [InlineData("Стефанія", "Stefaniia")]
    [InlineData("Чернівці", "Chernivtsi")]
    [InlineData("Шевченко", "Shevchenko")]
    [InlineData("Шостка", "Shostka")]
    [InlineData("Кишеньки", "Kyshenky")]
    [InlineData("Щербухи", "Shcherbukhy")]
    [InlineData("Гоща", "Hoshcha")]
    [InlineData("Гаращенко", "Harashchenko")]
    [InlineData("Юрій", "Yurii")]
    [InlineData("Корюківка", "Koriukivka")]
    [InlineData("Яготин", "Yahotyn")]
    [InlineData("Ярошенко", "Yaroshenko")]
    [InlineData("Костянтин", "Kostiantyn")]
    [InlineData("Знам'янка", "Znamianka")]
    [InlineData("Феодосія", "Feodosiia")]
    public void ToLatin_ResolutionExample_MatchesOfficialForm(string ukrainian, string latin) =>
        Assert.Equal(latin, UkrainianTransliteration.ToLatin(ukrainian));

    [Theory]
    [InlineData("О'Коннор-Петренко", "OKonnor-Petrenko")]
    [InlineData("Ольга", "Olha")]
    [InlineData("Квітка-Основ'яненко", "Kvitka-Osnovianenko")]
    [InlineData("Сергієнко-Юрченко", "Serhiienko-Yurchenko")]
    [InlineData("Шевченко Тарас Григорович", "Shevchenko Taras Hryhorovych")]
    public void ToLatin_HyphensApostrophesAndSpaces_EachPartIsAWord(string ukrainian, string latin) =>
        Assert.Equal(latin, UkrainianTransliteration.ToLatin(ukrainian));

    [Theory]
    [InlineData("Короп'є")]
    [InlineData("Короп\u2019є")]
    [InlineData("Короп\u02BCє")]
    public void ToLatin_AnyApostrophe_DroppedAndNotAWordStart(string ukrainian) =>
        Assert.Equal("Koropie", UkrainianTransliteration.ToLatin(ukrainian));

    [Theory]
    [InlineData("Єва", "Yeva")]
    [InlineData("ЄВА", "YEVA")]
    [InlineData("ЖАННА", "ZHANNA")]
    [InlineData("ЩЕРБУХИ", "SHCHERBUKHY")]
    [InlineData("ЗГУРСЬКИЙ", "ZGHURSKYI")]
    [InlineData("ЮРІЙ ЮЩЕНКО", "YURII YUSHCHENKO")]
    [InlineData("Щ", "Shch")]
    public void ToLatin_Capitals_FollowTheSource(string ukrainian, string latin) =>
        Assert.Equal(latin, UkrainianTransliteration.ToLatin(ukrainian));

    [Theory]
    [InlineData("розгон", "rozghon")]
    [InlineData("Розгон", "Rozghon")]
    [InlineData("Ужгород", "Uzhhorod")]
    public void ToLatin_ZH_AndZG_StayDistinct(string ukrainian, string latin) =>
        Assert.Equal(latin, UkrainianTransliteration.ToLatin(ukrainian));

    [Theory]
    [InlineData("", "")]
    [InlineData("John Smith", "John Smith")]
    [InlineData("Анна (Anna) 2026!", "Anna (Anna) 2026!")]
    [InlineData("Ёлка ыэ", "Ёlka ыэ")]
    public void ToLatin_OtherCharacters_PassedThroughUnchanged(string text, string latin) =>
        Assert.Equal(latin, UkrainianTransliteration.ToLatin(text));

    [Fact]
    public void ToLatin_SoftSignAlone_Omitted() =>
        Assert.Equal("Lviv Rus", UkrainianTransliteration.ToLatin("Львів Русь"));

    [Fact]
    public void ToLatin_DecomposedShortIAndYi_ComposedFirst()
    {
        var decomposed = "Андрій Київ".Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual("Андрій Київ", decomposed);

        Assert.Equal("Andrii Kyiv", UkrainianTransliteration.ToLatin(decomposed));
    }
}

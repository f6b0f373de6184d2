using EGov.Collab.App.Methodology;
using EGov.Collab.Domain.Methodology;

namespace EGov.Collab.Tests.Integration.Methodology;

/// <summary>The CSV format of act cards on its own: open-data columns, dates, quoting, per-row errors.</summary>
public sealed class LegalActCsvTests
{
    private const string Header = "legalActTitle,legalActId,legalActDate,legalActType,legalActAdopterName,legalActPublication";

    [Fact]
    public void Read_GoodRows_GiveCards_WithQuotedCommasAndBothDateForms()
    {
        var csv = Header + ",legalActNumber,legalActLostForceDate\n"
                  + "\"Про електронні документи та електронний документообіг\",851-15,22.05.2003,Закон,Верховна Рада України,https://zakon.rada.gov.ua/laws/show/851-15,851-IV,\n"
                  + "\"Концепція, що \"\"схвалена\"\"\",649-2017-р,2017-09-20,Розпорядження,Кабінет Міністрів України,,649-р,\n";

        var (cards, errors, _) = LegalActCsv.Read(new StringReader(csv));

        Assert.Empty(errors);
        Assert.Equal(2, cards.Count);
        Assert.Equal(new DateOnly(2003, 5, 22), cards[0].Card.AdoptedOn);
        Assert.Equal("851-IV", cards[0].Card.Number);
        Assert.Equal("Концепція, що \"схвалена\"", cards[1].Card.Title);
        Assert.Equal(LegalActType.Order, cards[1].Card.Type);
        Assert.Equal(3, cards[1].Line);
    }

    [Fact]
    public void Read_BadRows_AreEachNamedByLineAndColumn()
    {
        var csv = Header + "\n"
                  + "Добрий акт,1-1,01.01.2020,Закон,Рада,\n"
                  + "Без дати,2-2,32.13.2020,Закон,Рада,\n"
                  + "Дивний вид,3-3,01.01.2020,Лист,Рада,\n"
                  + ",4-4,01.01.2020,Закон,Рада,\n"
                  + "Повтор,1-1,01.01.2020,Закон,Рада,\n";

        var (_, errors, _) = LegalActCsv.Read(new StringReader(csv));

        Assert.Equal(
        [
            new CsvRowError(3, "legalActDate", "Methodology.Error.InvalidDate"),
            new CsvRowError(4, "legalActType", "Methodology.Csv.UnknownType"),
            new CsvRowError(5, "legalActTitle", "Validation.Required"),
            new CsvRowError(6, "legalActId", "Methodology.Error.DuplicateIdentifier"),
        ], errors);
    }

    [Fact]
    public void Read_WrongColumns_NamesEveryMissingOne()
    {
        var (cards, errors, _) = LegalActCsv.Read(new StringReader("title,id,date\nА,1,01.01.2020\n"));

        Assert.Empty(cards);
        Assert.Contains(new CsvRowError(1, "legalActTitle", "Methodology.Csv.MissingColumn"), errors);
        Assert.Contains(new CsvRowError(1, "legalActAdopterName", "Methodology.Csv.MissingColumn"), errors);
    }

    [Fact]
    public void Read_SemicolonSeparatedFile_IsUnderstood()
    {
        var csv = Header.Replace(',', ';') + "\nПро інформацію;2657-12;02.10.1992;Закон;Верховна Рада України;\n";

        var (cards, errors, _) = LegalActCsv.Read(new StringReader(csv));

        Assert.Empty(errors);
        Assert.Equal("2657-12", Assert.Single(cards).Card.Identifier);
    }

    [Fact]
    public void Write_ThenRead_GivesTheSameCards_AndEscapesFormulas()
    {
        var card = new LegalActCard("852-15", "=Про електронний цифровий підпис, «ЕЦП»", LegalActType.Law, "852-IV", new DateOnly(2003, 5, 22),
            "Верховна Рада України", null, new DateOnly(2018, 11, 7), "https://zakon.rada.gov.ua/laws/show/852-15", "підпис");

        var csv = LegalActCsv.Write([card]);
        var (cards, errors, _) = LegalActCsv.Read(new StringReader(csv));

        Assert.StartsWith(Header, csv, StringComparison.Ordinal);
        Assert.Empty(errors);
        Assert.Equal(card with { Title = "'" + card.Title }, Assert.Single(cards).Card);
    }
}

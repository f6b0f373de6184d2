using System.Globalization;
using System.Text;
using EGov.Collab.App.Common;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Methodology;

namespace EGov.Collab.App.Methodology;

/// <summary>A refused CSV row: its line in the file (the header is line 1), the column and the reason (a resource key).</summary>
public sealed record CsvRowError(int Line, string Column, string Code);

/// <summary>
/// Act cards as CSV with the column names of the Ukrainian open-data sets of legal acts: legalActTitle, legalActId,
/// legalActDate, legalActType, legalActAdopterName, legalActPublication; our own optional columns add the number, the
/// dates of entry into force and of loss of force, and tags. Dates are dd.MM.yyyy (as the open data) or yyyy-MM-dd.
/// </summary>
public static class LegalActCsv
{
    public const int MaxRows = 5000;
    public const long MaxBytes = 5 * 1024 * 1024;

    public const string Title = "legalActTitle";
    public const string Id = "legalActId";
    public const string Date = "legalActDate";
    public const string Type = "legalActType";
    public const string Adopter = "legalActAdopterName";
    public const string Publication = "legalActPublication";
    public const string Number = "legalActNumber";
    public const string EffectiveFrom = "legalActEffectiveDate";
    public const string LostForce = "legalActLostForceDate";
    public const string Tags = "legalActTags";

    public static readonly IReadOnlyList<string> RequiredColumns = [Title, Id, Date, Type, Adopter, Publication];
    public static readonly IReadOnlyList<string> Columns = [.. RequiredColumns, Number, EffectiveFrom, LostForce, Tags];

    private static readonly string[] DateFormats = ["dd.MM.yyyy", "d.M.yyyy", "yyyy-MM-dd"];

    /// <summary>The open-data names of the act types (Ukrainian), both ways.</summary>
    private static readonly Dictionary<LegalActType, string> TypeNames = new Dictionary<LegalActType, string>
    {
        [LegalActType.Law] = "Закон",
        [LegalActType.Resolution] = "Постанова",
        [LegalActType.Order] = "Розпорядження",
        [LegalActType.Decree] = "Указ",
        [LegalActType.Concept] = "Концепція",
        [LegalActType.Strategy] = "Стратегія",
        [LegalActType.MinistryOrder] = "Наказ",
        [LegalActType.Code] = "Кодекс",
    };

    public static string TypeName(LegalActType type) => TypeNames[type];

    public static string Write(IEnumerable<LegalActCard> cards)
    {
        var text = new StringBuilder();
        Csv.WriteRecord(text, Columns);
        foreach (var card in cards)
        {
            Csv.WriteRecord(text,
            [
                card.Title, card.Identifier, FormatDate(card.AdoptedOn), TypeName(card.Type), card.AdopterName, card.OfficialUrl ?? "",
                card.Number, card.EffectiveFrom is { } from ? FormatDate(from) : "", card.LostForceOn is { } lost ? FormatDate(lost) : "", card.Tags ?? "",
            ]);
        }
        return text.ToString();
    }

    /// <summary>
    /// Every row as a card, or every refusal with its line and column: the caller saves nothing unless there are no errors.
    /// <c>Columns</c> are the file's columns, so that an update keeps what a file without the optional columns does not say.
    /// </summary>
    public static (IReadOnlyList<(int Line, LegalActCard Card)> Cards, IReadOnlyList<CsvRowError> Errors, IReadOnlySet<string> Columns) Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var cards = new List<(int, LegalActCard)>();
        var errors = new List<CsvRowError>();
        using var records = Csv.Read(reader).GetEnumerator();
        if (!records.MoveNext()) return ([], [new CsvRowError(1, "", "Methodology.Csv.Empty")], new HashSet<string>());
        var header = records.Current.Fields.Select(f => f.Trim().TrimStart('\uFEFF')).ToList();
        var missing = RequiredColumns.Where(c => !header.Contains(c, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0) return ([], missing.Select(c => new CsvRowError(1, c, "Methodology.Csv.MissingColumn")).ToList(), header.ToHashSet());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var rows = 0;
        while (records.MoveNext())
        {
            var record = records.Current;
            if (++rows > MaxRows) return ([], [new CsvRowError(record.Line, "", "Methodology.Csv.TooManyRows")], header.ToHashSet());
            var card = Row(record, header, errors);
            if (card is null) continue;
            if (!seen.Add(card.Identifier.Trim()))
            {
                errors.Add(new CsvRowError(record.Line, Id, "Methodology.Error.DuplicateIdentifier"));
                continue;
            }
            var check = LegalAct.Create(card, DateTimeOffset.UnixEpoch);
            if (!check.IsSuccess) errors.Add(new CsvRowError(record.Line, ColumnOf(check.Error!), check.Error!.Code));
            else cards.Add((record.Line, card));
        }
        return (cards, errors, header.ToHashSet(StringComparer.Ordinal));
    }

    /// <summary>The card of a known act after an import row: the optional columns the file does not have keep the act's values.</summary>
    public static LegalActCard Merge(LegalActCard row, LegalActCard current, IReadOnlySet<string> columns)
    {
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(columns);
        return row with
        {
            Identifier = row.Identifier.Trim(),
            Number = columns.Contains(Number) ? row.Number : current.Number,
            EffectiveFrom = columns.Contains(EffectiveFrom) ? row.EffectiveFrom : current.EffectiveFrom,
            LostForceOn = columns.Contains(LostForce) ? row.LostForceOn : current.LostForceOn,
            Tags = columns.Contains(Tags) ? row.Tags : current.Tags,
            OfficialUrl = string.IsNullOrWhiteSpace(row.OfficialUrl) ? null : row.OfficialUrl.Trim(),
        };
    }

    private static LegalActCard? Row(CsvRecord record, List<string> header, List<CsvRowError> errors)
    {
        var line = record.Line;
        string Field(string column)
        {
            var index = header.IndexOf(column);
            return index >= 0 && index < record.Fields.Count ? record.Fields[index].Trim() : "";
        }
        var before = errors.Count;
        var adopted = ParseDate(Field(Date));
        if (adopted is null) errors.Add(new CsvRowError(line, Date, "Methodology.Error.InvalidDate"));
        var type = ParseType(Field(Type));
        if (type is null) errors.Add(new CsvRowError(line, Type, "Methodology.Csv.UnknownType"));
        DateOnly? Optional(string column)
        {
            var value = Field(column);
            if (value.Length == 0) return null;
            var parsed = ParseDate(value);
            if (parsed is null) errors.Add(new CsvRowError(line, column, "Methodology.Error.InvalidDate"));
            return parsed;
        }
        var effective = Optional(EffectiveFrom);
        var lost = Optional(LostForce);
        if (errors.Count > before) return null;
        var identifier = Field(Id);
        var number = Field(Number);
        return new LegalActCard(identifier, Field(Title), type!.Value, number.Length > 0 ? number : identifier, adopted!.Value, Field(Adopter),
            effective, lost, Field(Publication), Field(Tags));
    }

    private static string ColumnOf(Error error) => error.Field switch
    {
        "identifier" => Id,
        "title" => Title,
        "type" => Type,
        "number" => Number,
        "adopter" => Adopter,
        "url" => Publication,
        "tags" => Tags,
        "effectiveFrom" => EffectiveFrom,
        "lostForceOn" => LostForce,
        _ => error.Field ?? "",
    };

    public static DateOnly? ParseDate(string value) =>
        DateOnly.TryParseExact(value.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    public static string FormatDate(DateOnly date) => date.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture);

    private static LegalActType? ParseType(string value)
    {
        value = value.Trim();
        foreach (var (type, name) in TypeNames)
            if (string.Equals(name, value, StringComparison.OrdinalIgnoreCase)) return type;
        return Enum.TryParse<LegalActType>(value, true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(value, out _) ? parsed : null;
    }

    /// <summary>UTF-8 with a byte-order mark, so spreadsheet programs read the Cyrillic right.</summary>
    public static byte[] Bytes(string csv) => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)];
}

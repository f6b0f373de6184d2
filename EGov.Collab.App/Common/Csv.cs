using System.Globalization;
using System.Text;

namespace EGov.Collab.App.Common;

/// <summary>One CSV record and the line of the file it starts on (1-based).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// RFC 4180 CSV for every import and export of the portal: quoted fields may hold the delimiter, doubled quotes and line
/// breaks; a field longer than <see cref="MaxFieldLength"/> is cut, so a hostile file cannot grow one string without end.
/// Writing neutralises spreadsheet formulas (a leading =, +, - or @ that is not a number gets an apostrophe).
/// </summary>
public static class Csv
{
    public const int MaxFieldLength = 10_000;

    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>
    /// Records from the reader's position on. With no <paramref name="delimiter"/>, the first record decides: a
    /// semicolon-separated header (spreadsheets in the Ukrainian locale) makes the file semicolon-separated.
    /// </summary>
    public static IEnumerable<CsvRecord> Read(TextReader reader, char? delimiter = null, int firstLine = 1)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var separator = delimiter ?? ',';
        var detect = delimiter is null;
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, any = false;
        int line = firstLine, start = firstLine;
        int next;
        while ((next = reader.Read()) >= 0)
        {
            var c = (char)next;
            if (quoted)
            {
                if (c == '"')
                {
                    if (reader.Peek() == '"')
                    {
                        reader.Read();
                        Append(field, '"');
                    }
                    else quoted = false;
                }
                else
                {
                    if (c == '\n') line++;
                    Append(field, c);
                }
                continue;
            }
            if (c == '"' && field.Length == 0) { quoted = true; any = true; }
            else if (c == separator) { fields.Add(field.ToString()); field.Clear(); any = true; }
            else if (c == '\r') { }
            else if (c == '\n')
            {
                if (any || field.Length > 0)
                {
                    fields.Add(field.ToString());
                    if (detect) { fields = Detected(fields, ref separator); detect = false; }
                    yield return new CsvRecord(start, fields);
                }
                fields = [];
                field.Clear();
                any = false;
                start = ++line;
            }
            else { Append(field, c); any = true; }
        }
        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            if (detect) fields = Detected(fields, ref separator);
            yield return new CsvRecord(start, fields);
        }
    }

    /// <summary>One record, comma-separated, ended by CRLF.</summary>
    public static void WriteRecord(StringBuilder output, IEnumerable<string?> fields)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.AppendJoin(',', fields.Select(Cell)).Append("\r\n");
    }

    /// <summary>A field as written: formula neutralised, quoted when it holds a delimiter, a quote or a line break.</summary>
    public static string Cell(string? value)
    {
        var text = value ?? "";
        if (text.Length > 0 && text[0] is '=' or '+' or '-' or '@' && !decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out _))
            text = "'" + text;
        return text.IndexOfAny([',', ';', '"', '\n', '\r']) >= 0 ? "\"" + text.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : text;
    }

    /// <summary>The header was read with commas; a single field holding semicolons means the file is semicolon-separated.</summary>
    private static List<string> Detected(List<string> header, ref char separator)
    {
        if (header.Count != 1 || !header[0].Contains(';', StringComparison.Ordinal)) return header;
        separator = ';';
        return [.. header[0].Split(';')];
    }

    private static void Append(StringBuilder field, char c)
    {
        if (field.Length < MaxFieldLength) field.Append(c);
    }
}

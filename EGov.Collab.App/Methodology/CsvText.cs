using System.Text;

namespace EGov.Collab.App.Methodology;

/// <summary>One CSV record and the line of the file it starts on (1-based).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);

/// <summary>
/// RFC 4180 CSV, small and strict enough for act cards: quoted fields may hold the delimiter, quotes ("") and line
/// breaks; the delimiter is a comma, or a semicolon when the header has semicolons and no commas (spreadsheets in the
/// Ukrainian locale). Writing escapes spreadsheet formulas (a leading =, +, - or @ gets an apostrophe).
/// </summary>
public static class CsvText
{
    public static IEnumerable<CsvRecord> Read(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var delimiter = ',';
        var first = true;
        var fields = new List<string>();
        var field = new StringBuilder();
        var line = 1;
        var start = 1;
        var quoted = false;
        var atFieldStart = true;
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
                        field.Append('"');
                    }
                    else quoted = false;
                }
                else
                {
                    if (c == '\n') line++;
                    field.Append(c);
                }
                continue;
            }
            if (c == '"' && atFieldStart)
            {
                quoted = true;
                atFieldStart = false;
                continue;
            }
            if (c == '\r') continue;
            if (c == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                if (first)
                {
                    first = false;
                    delimiter = Delimiter(fields);
                    if (delimiter != ',') fields = [.. fields[0].Split(delimiter)];
                }
                if (!(fields.Count == 1 && fields[0].Length == 0)) yield return new CsvRecord(start, fields);
                fields = [];
                line++;
                start = line;
                atFieldStart = true;
                continue;
            }
            if (c == delimiter)
            {
                fields.Add(field.ToString());
                field.Clear();
                atFieldStart = true;
                continue;
            }
            field.Append(c);
            atFieldStart = false;
        }
        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            if (first && Delimiter(fields) is var d && d != ',') fields = [.. fields[0].Split(d)];
            yield return new CsvRecord(start, fields);
        }
    }

    public static void WriteRecord(StringBuilder output, IEnumerable<string> fields)
    {
        ArgumentNullException.ThrowIfNull(output);
        var firstField = true;
        foreach (var raw in fields)
        {
            if (!firstField) output.Append(',');
            firstField = false;
            var value = raw.Length > 0 && raw[0] is '=' or '+' or '-' or '@' ? "'" + raw : raw;
            if (value.IndexOfAny([',', '"', '\n', '\r', ';']) >= 0) output.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            else output.Append(value);
        }
        output.Append("\r\n");
    }

    /// <summary>The header was read with commas; a single field holding semicolons means the file is semicolon-separated.</summary>
    private static char Delimiter(List<string> header) => header.Count == 1 && header[0].Contains(';', StringComparison.Ordinal) ? ';' : ',';
}

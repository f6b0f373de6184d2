using System.Text;

namespace EGov.Collab.App.Cities;

/// <summary>Reads RFC 4180 records (quoted fields, doubled quotes, line breaks inside quotes) with a given delimiter.</summary>
public static class CsvRows
{
    public const int MaxFieldLength = 10_000;

    /// <summary>The records after the reader's position, each with the line it starts on (counting from <paramref name="firstLine"/>).</summary>
    public static IEnumerable<(int Line, List<string> Fields)> Read(TextReader reader, char delimiter, int firstLine = 1)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var fields = new List<string>();
        var field = new StringBuilder();
        bool quoted = false, any = false;
        int line = firstLine, start = firstLine;
        int c;
        while ((c = reader.Read()) >= 0)
        {
            var ch = (char)c;
            if (quoted)
            {
                if (ch == '"')
                {
                    if (reader.Peek() == '"') { reader.Read(); field.Append('"'); }
                    else quoted = false;
                }
                else
                {
                    if (ch == '\n') line++;
                    Append(field, ch);
                }
                continue;
            }
            if (ch == '"' && field.Length == 0) { quoted = true; any = true; }
            else if (ch == delimiter) { fields.Add(field.ToString()); field.Clear(); any = true; }
            else if (ch == '\r') { }
            else if (ch == '\n')
            {
                if (any || field.Length > 0)
                {
                    fields.Add(field.ToString());
                    yield return (start, fields);
                }
                fields = [];
                field.Clear();
                any = false;
                start = ++line;
            }
            else { Append(field, ch); any = true; }
        }
        if (any || field.Length > 0)
        {
            fields.Add(field.ToString());
            yield return (start, fields);
        }
    }

    private static void Append(StringBuilder field, char ch)
    {
        if (field.Length < MaxFieldLength) field.Append(ch);
    }
}

using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;

namespace EGov.Collab.Domain.Methodology;

/// <summary>One line of a template: a provision kind and its text, possibly with placeholders such as <c>{{community}}</c>.</summary>
public sealed record TemplateLine(ProvisionKind Kind, string Text);

/// <summary>
/// A template's structure as editors type it, one provision a line: <c>Section: Мета програми</c>, <c>Article: …</c>,
/// <c>Item: …</c> (the drafting module's <see cref="ProvisionKind"/> names). Placeholders are <c>{{name}}</c> from
/// <see cref="Placeholders"/>; any other is refused. Rendering gives the drafting module's <see cref="DraftDocument"/>,
/// numbered there by <see cref="LegalNumbering"/>.
/// </summary>
public static partial class TemplateStructure
{
    public const int MaxLines = 500;

    /// <summary>The placeholders a template may use; the chair fills them in when creating a draft.</summary>
    public static readonly IReadOnlyList<string> Placeholders = ["community", "region", "body", "yearFrom", "yearTo", "date"];

    public static Result<IReadOnlyList<TemplateLine>> Parse(string? markup)
    {
        markup ??= "";
        if (markup.Length > TemplateVersion.StructureMaxLength) return CommonErrors.TooLong("structure");
        var lines = new List<TemplateLine>();
        var rows = markup.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i].Trim();
            if (row.Length == 0) continue;
            var colon = row.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0 || !Enum.TryParse<ProvisionKind>(row[..colon].Trim(), ignoreCase: true, out var kind) || !Enum.IsDefined(kind)
                || int.TryParse(row[..colon], out _))
                return MethodologyErrors.UnknownProvisionKind(i + 1);
            var text = row[(colon + 1)..].Trim();
            foreach (Match match in PlaceholderPattern().Matches(text))
                if (!Placeholders.Contains(match.Groups[1].Value)) return MethodologyErrors.UnknownPlaceholder(match.Groups[1].Value);
            lines.Add(new TemplateLine(kind, text));
        }
        if (lines.Count == 0) return CommonErrors.Required("structure");
        if (lines.Count > MaxLines) return CommonErrors.TooLong("structure");
        return lines;
    }

    public static string Format(IEnumerable<TemplateLine> lines)
    {
        var text = new StringBuilder();
        foreach (var line in lines) text.Append(line.Kind).Append(": ").Append(line.Text).Append('\n');
        return text.ToString();
    }

    /// <summary>The placeholders a structure uses, in order of first use.</summary>
    public static IReadOnlyList<string> Used(IEnumerable<TemplateLine> lines) =>
        lines.SelectMany(l => PlaceholderPattern().Matches(l.Text).Select(m => m.Groups[1].Value)).Distinct().ToList();

    /// <summary>The text with placeholders filled in; an empty value leaves «…» for the group to complete.</summary>
    public static string Fill(string text, IReadOnlyDictionary<string, string> values) =>
        PlaceholderPattern().Replace(text, m => values.TryGetValue(m.Groups[1].Value, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : "…");

    /// <summary>The template as a draft's text: the drafting module's provisions, each with a new id.</summary>
    public static DraftDocument Render(IEnumerable<TemplateLine> lines, IReadOnlyDictionary<string, string> values) =>
        DraftTemplates.Of(lines.Select(l => (l.Kind, Fill(l.Text, values))).ToArray());

    /// <summary>
    /// Two versions rendered for the drafting module's redline, which matches provisions by id: a line kept unchanged keeps
    /// its id, a line changed in place keeps the id of the line it replaced, anything else is new or deleted.
    /// </summary>
    public static (DraftDocument Older, DraftDocument Newer) Align(IReadOnlyList<TemplateLine> older, IReadOnlyList<TemplateLine> newer, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(older);
        ArgumentNullException.ThrowIfNull(newer);
        var oldIds = older.Select((_, i) => StableId(i)).ToArray();
        var newIds = new Guid[newer.Count];
        var used = new bool[older.Count];
        for (var n = 0; n < newer.Count; n++)
        {
            var same = Enumerable.Range(0, older.Count).FirstOrDefault(o => !used[o] && older[o] == newer[n], -1);
            if (same >= 0)
            {
                used[same] = true;
                newIds[n] = oldIds[same];
            }
        }
        for (var n = 0; n < newer.Count; n++)
        {
            if (newIds[n] != Guid.Empty) continue;
            if (n < older.Count && !used[n] && older[n].Kind == newer[n].Kind)
            {
                used[n] = true;
                newIds[n] = oldIds[n];
            }
            else newIds[n] = StableId(older.Count + n);
        }
        return (Document(older, oldIds, values), Document(newer, newIds, values));
    }

    private static DraftDocument Document(IReadOnlyList<TemplateLine> lines, Guid[] ids, IReadOnlyDictionary<string, string> values) =>
        new(lines.Select((l, i) => new Provision(ids[i], l.Kind, Fill(l.Text, values))).ToImmutableList());

    private static Guid StableId(int index) => new(index + 1, 0, 0, new byte[8]);

    [GeneratedRegex(@"\{\{\s*([^{}\s]*)\s*\}\}")]
    private static partial Regex PlaceholderPattern();
}

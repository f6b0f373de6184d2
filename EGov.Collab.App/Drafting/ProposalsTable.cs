using System.Globalization;
using EGov.Collab.App.Drafting.Documents;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Drafting;

/// <summary>The table of proposals and responses: every amendment and comment thread, its decision and reason.</summary>
public static class ProposalsTable
{
    public static IReadOnlyList<string> Headers(IStringLocalizer<DraftingResource> l)
    {
        ArgumentNullException.ThrowIfNull(l);
        return [l["Table.Number"], l["Table.Provision"], l["Table.Author"], l["Table.Proposal"], l["Table.Rationale"], l["Table.Tally"], l["Table.Decision"], l["Table.Reason"]];
    }

    public static IReadOnlyList<ProposalRow> Rows(IReadOnlyList<AmendmentView> amendments, IReadOnlyList<CommentView> comments,
        IReadOnlyDictionary<Guid, string> numbers, IStringLocalizer<DraftingResource> l)
    {
        ArgumentNullException.ThrowIfNull(amendments);
        ArgumentNullException.ThrowIfNull(comments);
        ArgumentNullException.ThrowIfNull(numbers);
        ArgumentNullException.ThrowIfNull(l);
        var rows = new List<ProposalRow>();
        var n = 0;
        foreach (var view in amendments)
        {
            var a = view.Amendment;
            var proposal = a.Kind switch
            {
                AmendmentKind.Replace => l["Amendment.Replace"] + ": " + a.ProposedText,
                AmendmentKind.InsertAfter => l["Amendment.InsertAfter"] + ": " + a.ProposedText,
                _ => l["Amendment.Delete"].Value,
            };
            var discussion = string.Join("; ", view.Responses.Where(r => r.Text is not null).Select(r => $"{r.MemberName}: {r.Text}"));
            var reason = string.Join(" · ", new[] { a.DecisionReason, discussion }.Where(s => !string.IsNullOrEmpty(s)));
            rows.Add(new ProposalRow([
                (++n).ToString(CultureInfo.InvariantCulture),
                Where(numbers, a.ProvisionId, a.OriginalText),
                view.AuthorName,
                proposal,
                a.Rationale,
                $"+{a.Support} / −{a.Oppose}",
                l["Status." + a.Status],
                reason,
            ]));
        }
        foreach (var thread in comments)
        {
            var c = thread.Comment;
            rows.Add(new ProposalRow([
                (++n).ToString(CultureInfo.InvariantCulture),
                Where(numbers, thread.Anchor?.ProvisionId ?? c.ProvisionId ?? Guid.Empty, c.Quote),
                thread.AuthorName,
                l["Table.Comment"] + ": " + c.Body,
                "",
                "",
                c.IsResolved ? l["Comment.Resolved"] : l["Comment.Open"],
                string.Join("; ", thread.Replies.Select(r => $"{r.AuthorName}: {r.Comment.Body}")),
            ]));
        }
        return rows;
    }

    private static string Where(IReadOnlyDictionary<Guid, string> numbers, Guid provisionId, string? text)
    {
        var number = numbers.GetValueOrDefault(provisionId, "");
        var excerpt = text is { Length: > 60 } ? text[..60] + "…" : text ?? "";
        return number.Length == 0 ? excerpt : $"{number}. {excerpt}";
    }
}

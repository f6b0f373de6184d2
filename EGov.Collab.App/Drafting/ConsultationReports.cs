using System.Security.Claims;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Drafting;
using Microsoft.Extensions.Localization;

namespace EGov.Collab.App.Drafting;

/// <summary>Someone who took part in a consultation and how: amendments proposed, comments made.</summary>
public sealed record ReportParticipant(string Name, int Amendments, int Comments);

/// <summary>One proposal in the report with the group's answer (its decision, reason and the replies given).</summary>
public sealed record ReportProposal(string Author, string Proposal, string Rationale, string Tally, string Status, string Answer);

/// <summary>The proposals on one provision, cited in full as it stood in the revision opened to consultation.</summary>
public sealed record ReportProvision(string Citation, string Text, IReadOnlyList<ReportProposal> Proposals);

/// <summary>A consultation report: who took part, the proposals grouped by provision, the group's answers, the tally.</summary>
public sealed record ConsultationReport(string Title, string GroupName, DateTimeOffset OpenedAt, DateTimeOffset EndsAt, bool Closed, long Revision,
    IReadOnlyList<ReportParticipant> Participants, IReadOnlyList<ReportProvision> Provisions, IReadOnlyDictionary<AmendmentStatus, int> Tally);

/// <summary>
/// Builds the consultation report of a draft from what the public contributed while the consultation ran and what the
/// group answered. Anyone who may read the draft may read its report.
/// </summary>
public sealed class ConsultationReports(Drafts drafts, Amendments amendments, Comments comments,
    Live.IDraftEditing editing)
{
    public async Task<Result<ConsultationReport>> BuildAsync(ClaimsPrincipal user, Guid draftId, IStringLocalizer<DraftingResource> l,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(l);
        var view = await drafts.ViewAsync(user, draftId, cancellationToken);
        if (!view.IsSuccess) return view.Error!;
        var draft = view.Value.Draft;
        if (draft.ConsultationOpenedAt is not { } opened || draft.ConsultationRevision is not { } revision) return DraftingErrors.ConsultationNotOpen;
        var ends = draft.ConsultationClosedAt ?? draft.ConsultationDeadline!.Value;
        bool During(bool flagged, DateTimeOffset at) => flagged || (at >= opened && at <= ends);

        var proposed = (await amendments.ListAsync(user, draftId, cancellationToken)).Where(a => During(a.Amendment.DuringConsultation, a.Amendment.ProposedAt)).ToList();
        var commented = (await comments.ListAsync(user, draftId, cancellationToken)).Where(c => During(c.Comment.DuringConsultation, c.Comment.At)).ToList();
        var text = await editing.AtRevisionAsync(draftId, revision, cancellationToken);
        var citations = LegalCitation.Cite(text);

        var entries = proposed.Select(a => (ProvisionId: a.Amendment.ProvisionId, Original: a.Amendment.OriginalText, Proposal: Proposal(a, l)))
            .Concat(commented.Select(c => (ProvisionId: c.Comment.ProvisionId ?? Guid.Empty, Original: c.Comment.Quote, Proposal: Proposal(c, l))));
        var order = text.Provisions.Select((p, i) => (p.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var provisions = entries.GroupBy(e => e.ProvisionId)
            .OrderBy(g => order.GetValueOrDefault(g.Key, int.MaxValue))
            .Select(g => new ReportProvision(
                citations.GetValueOrDefault(g.Key) is { Length: > 0 } cited ? cited : l["Report.OtherProvision"],
                text.Find(g.Key)?.Text ?? g.First().Original ?? "",
                g.Select(e => e.Proposal).ToList()))
            .ToList();

        var participants = proposed.Select(a => (Name: a.AuthorName, Amendment: 1, Comment: 0))
            .Concat(commented.Select(c => (Name: c.AuthorName, Amendment: 0, Comment: 1)))
            .GroupBy(p => p.Name, StringComparer.CurrentCulture)
            .Select(g => new ReportParticipant(g.Key, g.Sum(p => p.Amendment), g.Sum(p => p.Comment)))
            .OrderBy(p => p.Name, StringComparer.CurrentCulture).ToList();
        var tally = Enum.GetValues<AmendmentStatus>().ToDictionary(s => s, s => proposed.Count(a => a.Amendment.Status == s));
        return new ConsultationReport(draft.Title, view.Value.GroupName, opened, ends, !view.Value.Rights.ConsultationOpen, revision, participants, provisions, tally);
    }

    private static ReportProposal Proposal(AmendmentView view, IStringLocalizer<DraftingResource> l)
    {
        var a = view.Amendment;
        var proposal = a.Kind switch
        {
            AmendmentKind.Replace => l["Amendment.Replace"] + ": " + a.ProposedText,
            AmendmentKind.InsertAfter => l["Amendment.InsertAfter"] + ": " + a.ProposedText,
            _ => l["Amendment.Delete"].Value,
        };
        var replies = view.Responses.Where(r => r.Text is not null).Select(r => $"{r.MemberName}: {r.Text}");
        var answer = string.Join(" · ", new[] { a.DecisionReason }.Concat(replies).Where(s => !string.IsNullOrEmpty(s)));
        return new ReportProposal(view.AuthorName, proposal, a.Rationale, $"+{a.Support} / −{a.Oppose}", l["Status." + a.Status], answer);
    }

    private static ReportProposal Proposal(CommentView thread, IStringLocalizer<DraftingResource> l)
    {
        var c = thread.Comment;
        var answer = string.Join(" · ", thread.Replies.Select(r => $"{r.AuthorName}: {r.Comment.Body}"));
        return new ReportProposal(thread.AuthorName, l["Table.Comment"] + ": " + c.Body, "", "",
            c.IsResolved ? l["Comment.Resolved"] : l["Comment.Open"], answer);
    }
}

using EGov.Collab.Domain.Contest;

namespace EGov.Collab.App.Contest;

public enum CellState
{
    Empty = 0,
    Draft = 1,
    Submitted = 2,
    Conflicted = 3,
    /// <summary>The chair assigned the entry to other jurors.</summary>
    NotAssigned = 4,
}

/// <summary>One juror × entry cell of the chair's matrix: its state and the juror's weighted score (0–100) when complete.</summary>
public sealed record PanelCell(CellState State, double? Score)
{
    public static readonly PanelCell Empty = new(CellState.Empty, null);
}

public sealed record PanelJuror(Guid MemberId, string Name);

/// <summary>One juror's sheet of one entry as the panel holds it: values by criterion, comment, submitted or not.</summary>
public sealed record PanelSheet(IReadOnlyDictionary<Guid, double> Values, string Comment, bool Submitted);

public sealed record PanelEntry(Guid Id, string Title, DateTimeOffset SubmittedAt);

/// <summary>
/// What every viewer of a panel sees at one moment: immutable, built once per change and shared by all viewers.
/// <see cref="Version"/> grows with every saved score.
/// </summary>
public sealed record PanelSnapshot(
    Guid NominationId,
    long Version,
    bool Locked,
    JuryAggregation Aggregation,
    IReadOnlyList<PanelJuror> Jurors,
    IReadOnlyList<PanelEntry> Entries,
    IReadOnlyDictionary<(Guid JurorId, Guid EntryId), PanelCell> Cells,
    IReadOnlyList<RankedEntry> Ranking,
    int SheetsSubmitted,
    int SheetsExpected,
    bool BlindMode,
    IReadOnlyDictionary<(Guid JurorId, Guid EntryId), PanelSheet> Sheets)
{
    public PanelSheet? Sheet(Guid jurorId, Guid entryId) => Sheets.GetValueOrDefault((jurorId, entryId));

    public PanelCell Cell(Guid jurorId, Guid entryId) => Cells.GetValueOrDefault((jurorId, entryId)) ?? PanelCell.Empty;

    public string EntryTitle(Guid entryId) => Entries.FirstOrDefault(e => e.Id == entryId)?.Title ?? "";

    public int Progress => SheetsExpected == 0 ? 0 : (int)Math.Round(SheetsSubmitted * 100.0 / SheetsExpected);
}

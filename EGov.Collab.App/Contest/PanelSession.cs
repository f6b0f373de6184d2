using EGov.Collab.App.Live;
using EGov.Collab.Domain.Contest;

namespace EGov.Collab.App.Contest;

/// <summary>
/// One jury panel (a nomination) in memory: its criteria, entries, jurors, conflicts and scores. Scores are saved to
/// the database first, then applied here; the session publishes the new <see cref="PanelSnapshot"/> on the live bus.
/// Publishing is coalesced: the first change after a quiet spell goes out at once, later ones at most once per
/// <see cref="PublishInterval"/> with the latest state, so a hundred scores a second cost ten snapshots, not a hundred.
/// </summary>
public sealed class PanelSession
{
    public static readonly TimeSpan PublishInterval = TimeSpan.FromMilliseconds(100);

    private readonly object _gate = new();
    private readonly ILiveBus _bus;
    private readonly ILogger _logger;
    private readonly Guid _nominationId;
    private readonly IReadOnlyList<CriterionSpec> _criteria;
    private readonly IReadOnlyList<PanelEntry> _entries;
    private readonly IReadOnlyDictionary<Guid, EntryProfile> _entryProfiles;
    private readonly IReadOnlyList<PanelJuror> _jurors;
    private readonly Dictionary<Guid, JurorProfile> _jurorProfiles;
    private readonly HashSet<(Guid JurorId, Guid EntryId)> _declared;
    private readonly HashSet<(Guid JurorId, Guid EntryId)> _assigned;
    private readonly Dictionary<(Guid JurorId, Guid EntryId), Dictionary<Guid, double>> _values = [];
    private readonly HashSet<(Guid JurorId, Guid EntryId)> _submitted = [];
    private readonly Dictionary<(Guid JurorId, Guid EntryId), string> _comments = [];
    private readonly bool _blindMode;
    private JuryOptions _options;
    private bool _locked;
    private readonly ContestPhase _phase;
    private readonly IReadOnlyDictionary<Guid, string> _criterionNames;
    private long _version;
    private PanelSnapshot? _snapshot;
    private long _lastPublish;
    private bool _flushScheduled;

    internal PanelSession(ILiveBus bus, ILogger logger, PanelSeed seed)
    {
        _bus = bus;
        _logger = logger;
        _nominationId = seed.NominationId;
        _criteria = seed.Criteria;
        _entries = seed.Entries;
        _entryProfiles = seed.EntryProfiles;
        _jurors = seed.Jurors;
        _jurorProfiles = seed.Jurors.ToDictionary(j => j.MemberId, j => seed.JurorProfiles[j.MemberId]);
        _declared = [.. seed.Declared];
        _assigned = [.. seed.Assigned];
        _options = seed.Options;
        _locked = seed.Locked;
        _phase = seed.Phase;
        _criterionNames = seed.CriterionNames;
        foreach (var (key, values) in seed.Values) _values[key] = new Dictionary<Guid, double>(values);
        foreach (var key in seed.Submitted) _submitted.Add(key);
        foreach (var (key, comment) in seed.Comments) _comments[key] = comment;
        _blindMode = seed.BlindMode;
        _version = Interlocked.Increment(ref s_versions);
    }

    public Guid NominationId => _nominationId;

    public string Topic => TopicFor(_nominationId);

    public static string TopicFor(Guid nominationId) => $"contest.panel.{nominationId:N}";

    /// <summary>The latest state; built once per change, shared by every viewer.</summary>
    public PanelSnapshot Snapshot
    {
        get
        {
            lock (_gate) return _snapshot ??= Build();
        }
    }

    public ConflictSource? ConflictOf(Guid jurorId, Guid entryId)
    {
        if (!_jurorProfiles.TryGetValue(jurorId, out var juror) || !_entryProfiles.TryGetValue(entryId, out var entry)) return null;
        lock (_gate) return ConflictRules.Detect(juror, entry, _declared);
    }

    /// <summary>The criteria, in order; a change of criteria or phase evicts the session, so these are current.</summary>
    public IReadOnlyList<CriterionSpec> Criteria => _criteria;

    public string CriterionName(Guid criterionId) => _criterionNames.GetValueOrDefault(criterionId, criterionId.ToString());

    /// <summary>The rules a sheet is written under now.</summary>
    public ScoringTerms Terms
    {
        get
        {
            lock (_gate) return new ScoringTerms(_phase, _locked, _criteria);
        }
    }

    public bool IsLocked
    {
        get
        {
            lock (_gate) return _locked;
        }
    }

    public bool IsOnPanel(Guid memberId) => _jurorProfiles.ContainsKey(memberId);

    /// <summary>Whether the chair's assignments let this juror score the entry (everyone may while there are none).</summary>
    public bool MayScore(Guid jurorId, Guid entryId) => AssignmentRules.MayReview(_assigned.Count > 0, _assigned.Contains((jurorId, entryId)));

    public bool HasEntry(Guid entryId) => _entryProfiles.ContainsKey(entryId);

    /// <summary>Applies a saved sheet and returns the version that carries it.</summary>
    public long Apply(Guid jurorId, Guid entryId, IReadOnlyDictionary<Guid, double> values, string comment, bool submitted)
    {
        long version;
        lock (_gate)
        {
            _values[(jurorId, entryId)] = new Dictionary<Guid, double>(values);
            _comments[(jurorId, entryId)] = comment;
            if (submitted) _submitted.Add((jurorId, entryId));
            version = Changed();
        }
        SchedulePublish();
        return version;
    }

    public void Declare(Guid jurorId, Guid entryId)
    {
        lock (_gate)
        {
            _declared.Add((jurorId, entryId));
            Changed();
        }
        SchedulePublish();
    }

    /// <summary>Tells every viewer the panel as it is now (after a reload, e.g. when the chair changed the assignments).</summary>
    public void Announce()
    {
        lock (_gate) Changed();
        SchedulePublish();
    }

    public void Lock()
    {
        lock (_gate)
        {
            _locked = true;
            Changed();
        }
        SchedulePublish();
    }

    public void Configure(JuryOptions options)
    {
        lock (_gate)
        {
            _options = options;
            Changed();
        }
        SchedulePublish();
    }

    /// <summary>Versions grow across every panel of the process, so a panel reloaded after eviction continues above its predecessor.</summary>
    private static long s_versions;

    private long Changed()
    {
        _snapshot = null;
        return _version = Interlocked.Increment(ref s_versions);
    }

    private void SchedulePublish()
    {
        TimeSpan wait;
        lock (_gate)
        {
            if (_flushScheduled) return;
            _flushScheduled = true;
            var since = System.Diagnostics.Stopwatch.GetElapsedTime(_lastPublish);
            wait = _lastPublish == 0 || since >= PublishInterval ? TimeSpan.Zero : PublishInterval - since;
        }
        _ = FlushAsync(wait);
    }

    private async Task FlushAsync(TimeSpan wait)
    {
        try
        {
            if (wait > TimeSpan.Zero) await Task.Delay(wait);
            else await Task.Yield();
            PanelSnapshot snapshot;
            lock (_gate)
            {
                _flushScheduled = false;
                _lastPublish = System.Diagnostics.Stopwatch.GetTimestamp();
                snapshot = _snapshot ??= Build();
            }
            await _bus.PublishAsync(Topic, snapshot);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            _logger.LogError(exception, "Publishing panel {Nomination} failed.", _nominationId);
        }
    }

    private PanelSnapshot Build()
    {
        var cells = new Dictionary<(Guid, Guid), PanelCell>();
        var sheets = new List<JurorSheet>();
        var expected = 0;
        foreach (var juror in _jurors)
        {
            foreach (var entry in _entries)
            {
                var key = (juror.MemberId, entry.Id);
                if (!MayScore(juror.MemberId, entry.Id))
                {
                    cells[key] = new PanelCell(CellState.NotAssigned, null);
                    continue;
                }
                if (ConflictRules.Detect(_jurorProfiles[juror.MemberId], _entryProfiles[entry.Id], _declared) is not null)
                {
                    cells[key] = new PanelCell(CellState.Conflicted, null);
                    continue;
                }
                expected++;
                if (!_values.TryGetValue(key, out var values)) continue;
                var complete = _criteria.All(c => values.ContainsKey(c.Id));
                double? score = complete ? CriteriaRules.WeightedScore(_criteria, values) : null;
                if (complete) sheets.Add(new JurorSheet(juror.MemberId, entry.Id, values));
                cells[key] = new PanelCell(_submitted.Contains(key) ? CellState.Submitted : CellState.Draft, score);
            }
        }
        var ranking = JuryRanking.Compute(_criteria, _entries.Select(e => new RankingEntry(e.Id, e.SubmittedAt)).ToList(), sheets, _options);
        var submitted = cells.Values.Count(c => c.State == CellState.Submitted);
        var panel = _jurorProfiles.Keys.ToHashSet();
        var written = _values.Keys.Union(_comments.Keys).Where(k => panel.Contains(k.JurorId) && _entryProfiles.ContainsKey(k.EntryId));
        var sheetViews = written.ToDictionary(k => k, k => new PanelSheet(
            _values.TryGetValue(k, out var v) ? new Dictionary<Guid, double>(v) : new Dictionary<Guid, double>(),
            _comments.GetValueOrDefault(k, ""), _submitted.Contains(k)));
        return new PanelSnapshot(_nominationId, _version, _locked, _options.Aggregation, _jurors, _entries, cells, ranking, submitted, expected,
            _blindMode, sheetViews);
    }
}

/// <summary>What a session starts from, read from the database.</summary>
internal sealed record PanelSeed(
    Guid NominationId,
    IReadOnlyList<CriterionSpec> Criteria,
    IReadOnlyList<PanelEntry> Entries,
    IReadOnlyDictionary<Guid, EntryProfile> EntryProfiles,
    IReadOnlyList<PanelJuror> Jurors,
    IReadOnlyDictionary<Guid, JurorProfile> JurorProfiles,
    IReadOnlyCollection<(Guid JurorId, Guid EntryId)> Declared,
    IReadOnlyCollection<(Guid JurorId, Guid EntryId)> Assigned,
    IReadOnlyDictionary<(Guid JurorId, Guid EntryId), Dictionary<Guid, double>> Values,
    IReadOnlyCollection<(Guid JurorId, Guid EntryId)> Submitted,
    JuryOptions Options,
    bool Locked,
    ContestPhase Phase,
    IReadOnlyDictionary<Guid, string> CriterionNames,
    IReadOnlyDictionary<(Guid JurorId, Guid EntryId), string> Comments,
    bool BlindMode);

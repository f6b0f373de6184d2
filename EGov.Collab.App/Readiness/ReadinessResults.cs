using System.Globalization;
using EGov.Collab.Data;
using EGov.Collab.Domain.Readiness;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.App.Readiness;

/// <summary>
/// Computes a year's published results from its verified questionnaires, on request: with a few thousand bodies at
/// most this takes milliseconds, and a questionnaire verified after publication joins the ranking at once.
/// </summary>
public sealed class ReadinessResults(IDbContextFactory<CollabDbContext> dbFactory) : IReadinessResults
{
    public static readonly StringComparer UkrainianOrder = StringComparer.Create(CultureInfo.GetCultureInfo("uk-UA"), ignoreCase: false);

    public async Task<IReadOnlyList<int>> PublishedYearsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await db.ReadinessCampaigns.Where(c => c.ResultsPublishedAt != null).OrderByDescending(c => c.Year).Select(c => c.Year).ToListAsync(cancellationToken);
    }

    /// <summary>The year's results, or null when the year has no published campaign or no methodology.</summary>
    public async Task<PublishedYear?> YearAsync(int year, CancellationToken cancellationToken = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        return await LoadAsync(db, year, withPrevious: true, cancellationToken);
    }

    public async Task<BodyReadiness?> ForOrganisationAsync(Guid organisationId, int? year = null, CancellationToken cancellationToken = default) =>
        await ForBodyAsync(b => b.OrganisationId == organisationId, year, cancellationToken);

    public async Task<BodyReadiness?> ForCommunityAsync(Guid communityId, int? year = null, CancellationToken cancellationToken = default) =>
        await ForBodyAsync(b => b.CommunityId == communityId, year, cancellationToken);

    public static BodyReadiness Summary(PublishedYear published, BodyResult result)
    {
        ArgumentNullException.ThrowIfNull(published);
        ArgumentNullException.ThrowIfNull(result);
        var body = published.Body(result.Index.Id);
        var group = published.Results.GroupAverages[body.Group];
        return new BodyReadiness(body.Id, body.NameUk, body.NameEn, published.Year, body.Group, IndexRounding.Round(result.Index.Composite), result.Rank,
            published.Results.Bodies.Count, result.GroupRank, result.Change.RankDelta,
            [.. published.Definition.Components.Select(c => new ComponentReadiness(c.Code, c.NameUk, c.NameEn, c.Weight,
                IndexRounding.Round(result.Index.Components[c.Code]), IndexRounding.Round(published.Results.NationalAverages[c.Code])))]);
    }

    private async Task<BodyReadiness?> ForBodyAsync(System.Linq.Expressions.Expression<Func<ReadinessBody, bool>> match, int? year, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var body = await db.ReadinessBodies.AsNoTracking().Where(match).Select(b => b.Id).FirstOrDefaultAsync(cancellationToken);
        if (body == Guid.Empty) return null;
        var years = await db.ReadinessCampaigns.Where(c => c.ResultsPublishedAt != null && (year == null || c.Year == year))
            .OrderByDescending(c => c.Year).Select(c => c.Year).ToListAsync(cancellationToken);
        foreach (var candidate in years)
        {
            var published = await LoadAsync(db, candidate, withPrevious: true, cancellationToken);
            var result = published?.Results.Find(body);
            if (published is not null && result is not null) return Summary(published, result);
        }
        return null;
    }

    private static async Task<PublishedYear?> LoadAsync(CollabDbContext db, int year, bool withPrevious, CancellationToken cancellationToken)
    {
        var published = await db.ReadinessCampaigns.AnyAsync(c => c.Year == year && c.ResultsPublishedAt != null, cancellationToken);
        if (!published) return null;
        var methodology = await db.ReadinessMethodologies.AsNoTracking().SingleOrDefaultAsync(m => m.Year == year, cancellationToken);
        if (methodology is null) return null;
        var model = methodology.Model();
        var questionnaires = await db.ReadinessQuestionnaires.AsNoTracking()
            .Where(q => q.Year == year && q.Status == QuestionnaireStatus.Verified).ToListAsync(cancellationToken);
        var bodyIds = questionnaires.Select(q => q.BodyId).ToList();
        var bodies = await db.ReadinessBodies.AsNoTracking().Where(b => bodyIds.Contains(b.Id)).ToDictionaryAsync(b => b.Id, cancellationToken);

        var assessed = new List<AssessedBody>();
        foreach (var questionnaire in questionnaires)
        {
            // Verified questionnaires were complete when submitted; one that no longer fits an edited model is left out.
            var scores = SubmissionScoring.Score(model, questionnaire.AnswerValues());
            if (!scores.IsValid) continue;
            var body = bodies[questionnaire.BodyId];
            assessed.Add(new AssessedBody(body.Id, body.NameUk, body.Group, scores.Value));
        }

        var previous = withPrevious ? await LoadAsync(db, year - 1, withPrevious: false, cancellationToken) : null;
        var results = YearResults.Compute(model, methodology.Definition.Normalisation, assessed, previous?.Results.NationalRanking(), UkrainianOrder);
        return new PublishedYear(methodology.Definition, model, results, bodies);
    }
}

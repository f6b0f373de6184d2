using System.Globalization;
using EGov.Collab.Domain.Readiness;
using Xunit.Sdk;

namespace EGov.Collab.Tests.Domain.Readiness;

/// <summary>Small builders for the readiness tests, and the seeded loop the property-style checks share.</summary>
internal static class ReadinessSamples
{
    public static readonly StringComparer Ukrainian = StringComparer.Create(CultureInfo.GetCultureInfo("uk-UA"), ignoreCase: false);

    /// <summary>Two components (60/40): A1 yes/no + A2 ordinal 0–4 (50/50); B1 percentage (100).</summary>
    public static RatingModel TwoComponentModel() => RatingModel.Create(2026,
    [
        new RatingComponent("A", 60m, [new RatingIndicator("A1", 50m, AnswerScale.YesNo), new RatingIndicator("A2", 50m, AnswerScale.Ordinal(4))]),
        new RatingComponent("B", 40m, [new RatingIndicator("B1", 100m, AnswerScale.Percentage)]),
    ]).Value;

    public static BodyScores Components(params (string Code, double Score)[] components) =>
        new(new Dictionary<string, double>(), components.ToDictionary(c => c.Code, c => c.Score));

    public static AssessedBody Body(string name, BodyGroup group, params (string Code, double Score)[] components) =>
        new(Guid.CreateVersion7(), name, group, Components(components));

    public static BodyIndex Index(string name, double composite, BodyGroup group = BodyGroup.Cities) =>
        new(Guid.CreateVersion7(), name, group, new Dictionary<string, double>(), composite);

    public static Guid SeededGuid(Random random)
    {
        var bytes = new byte[16];
        random.NextBytes(bytes);
        return new Guid(bytes);
    }

    /// <summary>Runs a check for seeds 1..count; a failure names its seed so it can be replayed alone.</summary>
    public static void ForSeeds(int count, Action<Random, int> check)
    {
        for (var seed = 1; seed <= count; seed++)
        {
            try
            {
                check(new Random(seed), seed);
            }
            catch (Exception ex) when (ex is not XunitException { Message: var m } || !m.StartsWith("Seed ", StringComparison.Ordinal))
            {
                throw new XunitException($"Seed {seed} failed: {ex.Message}", ex);
            }
        }
    }
}

using EGov.Collab.Domain.Readiness;

namespace EGov.Collab.Tests.Domain.Readiness;

public sealed class NormalisationTests
{
    [Fact]
    public void MinMax_DifferentValues_ScaledBetweenMinAndMax() =>
        Assert.Equal([0.5, 0.0, 1.0, 0.25], Normalisation.MinMax([0.6, 0.2, 1.0, 0.4]), new ToleranceComparer(1e-12));

    [Fact]
    public void MinMax_AllEqual_EveryBodyGetsOne()
    {
        Assert.Equal([1.0, 1.0, 1.0], Normalisation.MinMax([0.3, 0.3, 0.3]));
        Assert.Equal([1.0], Normalisation.MinMax([0.0]));
        Assert.Empty(Normalisation.MinMax([]));
    }

    [Fact]
    public void ZScoreRescaled_DifferentValues_MatchesHandComputation()
    {
        // mean 0.5, population SD sqrt(0.08) → z = -1.0607, 1.7678, 0, -0.7071 → min–max of z.
        double[] values = [0.2, 0.9, 0.5, 0.3];
        var sd = Math.Sqrt(((0.3 * 0.3) + (0.4 * 0.4) + 0 + (0.2 * 0.2)) / 4);
        double[] z = [.. values.Select(x => (x - 0.5) / sd)];

        var rescaled = Normalisation.ZScoreRescaled(values);

        Assert.Equal([.. z.Select(v => (v - z[0]) / (z[1] - z[0]))], rescaled, new ToleranceComparer(1e-12));
        Assert.Equal([0.0, 1.0, 3.0 / 7, 1.0 / 7], rescaled, new ToleranceComparer(1e-12));
    }

    [Fact]
    public void ZScoreRescaled_StandardDeviationZero_EveryBodyGetsOne()
    {
        Assert.Equal([1.0, 1.0], Normalisation.ZScoreRescaled([0.7, 0.7]));
        Assert.Equal([1.0, 1.0, 1.0], Normalisation.ZScoreRescaled([0.1, 0.1, 0.1]));
    }

    [Fact]
    public void Apply_NotFinite_Throws()
    {
        Assert.Throws<ArgumentException>(() => Normalisation.MinMax([0.1, double.NaN]));
        Assert.Throws<ArgumentException>(() => Normalisation.ZScoreRescaled([double.PositiveInfinity]));
        Assert.Throws<ArgumentOutOfRangeException>(() => Normalisation.Apply((NormalisationMethod)9, [0.1]));
    }

    [Fact]
    public void MinMax_RandomValues_InUnitIntervalWithExtremesAtMinAndMax() =>
        ReadinessSamples.ForSeeds(400, (random, seed) =>
        {
            var values = RandomValues(random);

            var normalised = Normalisation.MinMax(values);

            Assert.All(normalised, v => Assert.InRange(v, 0.0, 1.0));
            if (values.Distinct().Count() == 1)
            {
                Assert.All(normalised, v => Assert.Equal(1.0, v));
                return;
            }
            Assert.Equal(values.Count(v => v == values.Min()), normalised.Count(v => v == 0.0));
            Assert.Equal(values.Count(v => v == values.Max()), normalised.Count(v => v == 1.0));
        });

    [Fact]
    public void MinMax_RandomDistinctValues_ExactlyOneZeroAndOneOne() =>
        ReadinessSamples.ForSeeds(400, (random, seed) =>
        {
            double[] values = [.. RandomValues(random).Distinct()];
            if (values.Length < 2) values = [.. values, values[0] + 0.5];

            var normalised = Normalisation.MinMax(values);

            Assert.Equal(1, normalised.Count(v => v == 0.0));
            Assert.Equal(1, normalised.Count(v => v == 1.0));
        });

    [Fact]
    public void ZScoreRescaled_RandomValues_InUnitIntervalAndSameOrderAsMinMax() =>
        ReadinessSamples.ForSeeds(400, (random, seed) =>
        {
            var values = RandomValues(random);

            var rescaled = Normalisation.ZScoreRescaled(values);
            var minMax = Normalisation.MinMax(values);

            Assert.All(rescaled, v => Assert.InRange(v, 0.0, 1.0));
            // An increasing linear map followed by min–max: the same numbers as min–max, up to rounding noise.
            Assert.Equal(minMax, rescaled, new ToleranceComparer(1e-9));
        });

    /// <summary>1 to 40 values in 0..1; some runs on a coarse grid so that ties and all-equal lists occur.</summary>
    private static double[] RandomValues(Random random)
    {
        var count = random.Next(1, 41);
        var coarse = random.Next(3) == 0;
        return [.. Enumerable.Range(0, count).Select(_ => coarse ? random.Next(4) / 4.0 : random.NextDouble())];
    }
}

internal sealed class ToleranceComparer(double tolerance) : IEqualityComparer<double>
{
    public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

    public int GetHashCode(double obj) => 0;
}

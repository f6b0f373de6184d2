namespace EGov.Collab.Domain.Learning;

/// <summary>A question as a learner sees it: its options in display order.</summary>
public sealed record ShuffledQuestion(QuizQuestion Question, IReadOnlyList<QuizOption> Options);

/// <summary>
/// The order a learner sees a quiz in. The same seed always gives the same order, so a reload mid-attempt does not
/// reshuffle. The generator is our own (SplitMix64) rather than <see cref="Random"/> and the seed is our own hash
/// rather than <see cref="HashCode"/>: HashCode is randomised per process and Random's seeded sequence is not
/// promised to stay the same across .NET versions.
/// </summary>
public static class QuizShuffle
{
    /// <summary>A seed that is stable across processes and restarts for one learner's attempt at one quiz.</summary>
    public static ulong SeedFor(Guid learnerId, Guid quizId, int attemptNumber)
    {
        // FNV-1a over both ids and the attempt number.
        var hash = 14695981039346656037UL;
        Span<byte> bytes = stackalloc byte[36];
        learnerId.TryWriteBytes(bytes[..16]);
        quizId.TryWriteBytes(bytes[16..32]);
        BitConverter.TryWriteBytes(bytes[32..], attemptNumber);
        foreach (var b in bytes) hash = (hash ^ b) * 1099511628211UL;
        return hash;
    }

    public static IReadOnlyList<ShuffledQuestion> Order(Quiz quiz, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(quiz);
        var random = new SplitMix64(seed);
        var questions = quiz.ShuffleQuestions ? Shuffle(quiz.Questions, random) : [.. quiz.Questions];
        return questions
            .Select(q => new ShuffledQuestion(q, quiz.ShuffleOptions ? Shuffle(q.Options, random) : [.. q.Options]))
            .ToList();
    }

    // Fisher–Yates on a copy.
    private static List<T> Shuffle<T>(IReadOnlyList<T> items, SplitMix64 random)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Below(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return list;
    }

    private sealed class SplitMix64(ulong state)
    {
        private ulong _state = state;

        public int Below(int bound) => (int)(Next() % (ulong)bound);

        private ulong Next()
        {
            var z = _state += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}

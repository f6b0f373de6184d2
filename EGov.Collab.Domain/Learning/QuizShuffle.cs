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
        // True/false keeps "true" before "false"; a matching question's left column keeps its order (its choices are shuffled on the page).
        return questions
            .Select(q => new ShuffledQuestion(q, quiz.ShuffleOptions && q.Kind is QuestionKind.SingleChoice or QuestionKind.MultipleChoice
                ? Shuffle(q.Options, random) : [.. q.Options]))
            .ToList();
    }

    /// <summary>
    /// The questions one attempt draws from the quiz's bank: <see cref="Quiz.QuestionsPerAttempt"/> of them, chosen at
    /// random by the seed, returned in the bank's order. Every question when the quiz draws all.
    /// </summary>
    public static IReadOnlyList<Guid> Draw(Quiz quiz, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(quiz);
        var ids = quiz.Questions.Select(q => q.Id).ToList();
        if (quiz.QuestionsPerAttempt >= ids.Count) return ids;
        // A different stream from the display order's, so which questions come up says nothing about their order.
        var chosen = Shuffle(ids, new SplitMix64(seed ^ 0xD1B54A32D192ED03UL)).Take(quiz.QuestionsPerAttempt).ToHashSet();
        return ids.Where(chosen.Contains).ToList();
    }

    /// <summary>A matching question's right-hand choices in a stable shuffled order for one attempt.</summary>
    public static IReadOnlyList<QuizOption> Choices(QuizQuestion question, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(question);
        var questionSeed = seed;
        foreach (var b in question.Id.ToByteArray()) questionSeed = (questionSeed ^ b) * 1099511628211UL;
        return Shuffle(question.Options, new SplitMix64(questionSeed));
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

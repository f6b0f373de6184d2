namespace EGov.Collab.Domain.Learning;

/// <summary>Stored as a number in the quiz's JSON: new kinds go at the end.</summary>
public enum QuestionKind
{
    /// <summary>Exactly one option is correct; the learner picks one.</summary>
    SingleChoice,

    /// <summary>One or more options are correct; the learner ticks every one of them.</summary>
    MultipleChoice,

    /// <summary>Two options, "true" then "false", exactly one of them correct; shown in that order, never shuffled.</summary>
    TrueFalse,

    /// <summary>
    /// Each option is a pair: its <see cref="QuizOption.Text"/> is matched to its <see cref="QuizOption.Match"/>. The
    /// learner sees the texts in order and picks, for each, one of the matches (shuffled).
    /// </summary>
    Matching,
}

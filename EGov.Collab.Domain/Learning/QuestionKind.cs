namespace EGov.Collab.Domain.Learning;

public enum QuestionKind
{
    /// <summary>Exactly one option is correct; the learner picks one.</summary>
    SingleChoice,

    /// <summary>One or more options are correct; the learner ticks every one of them.</summary>
    MultipleChoice,
}

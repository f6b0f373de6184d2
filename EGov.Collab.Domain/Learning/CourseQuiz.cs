using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Learning;

/// <summary>A quiz as stored in a course: its place and the settings of <see cref="Quiz"/>, whose rules it reuses.</summary>
public sealed class CourseQuiz
{
    private CourseQuiz()
    {
        Title = "";
        Questions = [];
    }

    public Guid Id { get; private set; }
    public Guid CourseId { get; private set; }
    public Guid SectionId { get; private set; }
    public int Order { get; private set; }
    public string Title { get; private set; }
    public int PassMarkPercent { get; private set; }
    public int AttemptLimit { get; private set; }
    public bool ShuffleQuestions { get; private set; }
    public bool ShuffleOptions { get; private set; }

    /// <summary>Questions per attempt drawn from the bank; 0 (every quiz from before the bank) means all.</summary>
    public int DrawCount { get; private set; }

    /// <summary>What a learner sees of a graded attempt.</summary>
    public QuizReview Review { get; private set; }

    /// <summary>The question bank.</summary>
    public IReadOnlyList<QuizQuestion> Questions { get; private set; }

    public static Result<CourseQuiz> Create(Guid courseId, Guid sectionId, int order, string title,
        IReadOnlyList<QuizQuestion> questions, int passMarkPercent, int attemptLimit, bool shuffleQuestions = true, bool shuffleOptions = true,
        int drawCount = 0)
    {
        var stored = new CourseQuiz { Id = Guid.CreateVersion7(), CourseId = courseId, SectionId = sectionId, Order = order };
        var updated = stored.Update(title, questions, passMarkPercent, attemptLimit, shuffleQuestions, shuffleOptions, drawCount);
        return updated.IsSuccess ? stored : updated.Error!;
    }

    /// <summary>
    /// The author changes the quiz. Attempts already graded keep their score; the questions they drew stay with them, so
    /// a question removed from the bank simply no longer counts in their review.
    /// </summary>
    public Result Update(string title, IReadOnlyList<QuizQuestion> questions, int passMarkPercent, int attemptLimit,
        bool shuffleQuestions, bool shuffleOptions, int drawCount)
    {
        var checkedQuiz = Quiz.Create(Id, title, questions, passMarkPercent, attemptLimit, shuffleQuestions, shuffleOptions, drawCount);
        if (!checkedQuiz.IsSuccess) return checkedQuiz.Error!;
        var quiz = checkedQuiz.Value;
        Title = quiz.Title;
        PassMarkPercent = quiz.PassMarkPercent;
        AttemptLimit = quiz.AttemptLimit;
        ShuffleQuestions = quiz.ShuffleQuestions;
        ShuffleOptions = quiz.ShuffleOptions;
        DrawCount = quiz.DrawCount;
        Questions = quiz.Questions;
        return Result.Success();
    }

    public Result SetReview(QuizReview review)
    {
        if (!Enum.IsDefined(review)) return CommonErrors.Invalid(nameof(Review));
        Review = review;
        return Result.Success();
    }

    public void MoveTo(int order) => Order = order;

    public Quiz ToQuiz() => Quiz.Create(Id, Title, Questions, PassMarkPercent, AttemptLimit, ShuffleQuestions, ShuffleOptions, DrawCount).Value;
}

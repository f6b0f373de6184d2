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
    public IReadOnlyList<QuizQuestion> Questions { get; private set; }

    public static Result<CourseQuiz> Create(Guid courseId, Guid sectionId, int order, string title,
        IReadOnlyList<QuizQuestion> questions, int passMarkPercent, int attemptLimit, bool shuffleQuestions = true, bool shuffleOptions = true)
    {
        var id = Guid.CreateVersion7();
        var checkedQuiz = Quiz.Create(id, title, questions, passMarkPercent, attemptLimit, shuffleQuestions, shuffleOptions);
        if (!checkedQuiz.IsSuccess) return checkedQuiz.Error!;
        var quiz = checkedQuiz.Value;
        return new CourseQuiz
        {
            Id = id,
            CourseId = courseId,
            SectionId = sectionId,
            Order = order,
            Title = quiz.Title,
            PassMarkPercent = quiz.PassMarkPercent,
            AttemptLimit = quiz.AttemptLimit,
            ShuffleQuestions = quiz.ShuffleQuestions,
            ShuffleOptions = quiz.ShuffleOptions,
            Questions = quiz.Questions,
        };
    }

    public Quiz ToQuiz() => Quiz.Create(Id, Title, Questions, PassMarkPercent, AttemptLimit, ShuffleQuestions, ShuffleOptions).Value;
}

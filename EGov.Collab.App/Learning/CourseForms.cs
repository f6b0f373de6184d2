using EGov.Collab.App.Common;
using EGov.Collab.Domain.Learning;

namespace EGov.Collab.App.Learning;

/// <summary>What the course form binds to; hours are nullable so an empty field is a message, not an exception.</summary>
public sealed class CourseForm
{
    public string Title { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string Summary { get; set; } = "";
    public int? Hours { get; set; }
    public string Issuer { get; set; } = "";
    public string IssuerEn { get; set; } = "";
    public string Signatories { get; set; } = "";
    public string CertificatePrefix { get; set; } = "";

    public static CourseForm From(Course course) => new()
    {
        Title = course.Title,
        TitleEn = course.TitleEn,
        Summary = course.Summary,
        Hours = course.Hours,
        Issuer = course.Issuer,
        IssuerEn = course.IssuerEn,
        Signatories = course.Signatories,
        CertificatePrefix = course.CertificatePrefix,
    };
}

/// <summary>What the lesson editor binds to. The body is Markdown, or HTML for lessons written before the editor kept sources.</summary>
public sealed class LessonForm
{
    public Guid? Id { get; set; }
    public Guid SectionId { get; set; }
    public string Title { get; set; } = "";
    public string Body { get; set; } = "";
    public bool BodyIsHtml { get; set; }
    public string? VideoUrl { get; set; }
    public string Attachments { get; set; } = "";
    public int Minutes { get; set; } = 15;

    /// <summary>The body as stored: sanitised whatever the author typed.</summary>
    public string SafeBody() => BodyIsHtml ? SafeHtml.Sanitize(Body) : SafeHtml.FromMarkdown(Body);

    public static LessonForm From(Lesson lesson) => new()
    {
        Id = lesson.Id,
        SectionId = lesson.SectionId,
        Title = lesson.Title,
        Body = lesson.BodySource.Length > 0 || lesson.BodyHtml.Length == 0 ? lesson.BodySource : lesson.BodyHtml,
        BodyIsHtml = lesson.BodySource.Length == 0 && lesson.BodyHtml.Length > 0,
        VideoUrl = lesson.VideoUrl,
        Attachments = lesson.Attachments,
        Minutes = lesson.Minutes,
    };
}

public sealed class OptionForm
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Text { get; set; } = "";
    public string Match { get; set; } = "";
    public bool IsCorrect { get; set; }
}

public sealed class QuestionForm
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Text { get; set; } = "";
    public QuestionKind Kind { get; set; } = QuestionKind.SingleChoice;

    /// <summary>For a true/false question: whether the statement is true.</summary>
    public bool StatementIsTrue { get; set; } = true;

    public List<OptionForm> Options { get; set; } = [new(), new()];

    public static QuestionForm For(QuestionKind kind) => new() { Kind = kind };

    public QuizQuestion ToQuestion()
    {
        if (Kind == QuestionKind.TrueFalse)
        {
            // Stored as two options, "true" first; the page shows them in the reader's language.
            var ids = Options.Count >= 2 ? (Options[0].Id, Options[1].Id) : (Guid.CreateVersion7(), Guid.CreateVersion7());
            return new QuizQuestion(Id, Text.Trim(), Kind, [new(ids.Item1, TrueText, StatementIsTrue), new(ids.Item2, FalseText, !StatementIsTrue)]);
        }
        var matching = Kind == QuestionKind.Matching;
        return new QuizQuestion(Id, Text.Trim(), Kind, Options
            .Select(o => new QuizOption(o.Id, o.Text.Trim(), !matching && o.IsCorrect, matching ? o.Match.Trim() : null)).ToList());
    }

    public const string TrueText = "true";
    public const string FalseText = "false";

    public static QuestionForm From(QuizQuestion question) => new()
    {
        Id = question.Id,
        Text = question.Text,
        Kind = question.Kind,
        StatementIsTrue = question.Kind != QuestionKind.TrueFalse || question.Options.Count > 0 && question.Options[0].IsCorrect,
        Options = question.Options.Select(o => new OptionForm { Id = o.Id, Text = o.Text, Match = o.Match ?? "", IsCorrect = o.IsCorrect }).ToList(),
    };
}

/// <summary>What the quiz editor binds to: the settings and the question bank.</summary>
public sealed class QuizForm
{
    public Guid? Id { get; set; }
    public Guid SectionId { get; set; }
    public string Title { get; set; } = "";
    public int PassMarkPercent { get; set; } = 60;
    public int AttemptLimit { get; set; } = 3;

    /// <summary>Questions per attempt; 0 for all.</summary>
    public int DrawCount { get; set; }

    public bool ShuffleQuestions { get; set; } = true;
    public bool ShuffleOptions { get; set; } = true;
    public QuizReview Review { get; set; }
    public List<QuestionForm> Questions { get; set; } = [];

    public static QuizForm From(CourseQuiz quiz) => new()
    {
        Id = quiz.Id,
        SectionId = quiz.SectionId,
        Title = quiz.Title,
        PassMarkPercent = quiz.PassMarkPercent,
        AttemptLimit = quiz.AttemptLimit,
        DrawCount = quiz.DrawCount,
        ShuffleQuestions = quiz.ShuffleQuestions,
        ShuffleOptions = quiz.ShuffleOptions,
        Review = quiz.Review,
        Questions = quiz.Questions.Select(QuestionForm.From).ToList(),
    };
}

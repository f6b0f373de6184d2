using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Learning;

namespace EGov.Collab.Tests.Domain.Learning;

public sealed class CourseAuthoringRulesTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 14, 10, 0, 0, TimeSpan.Zero);

    private static Course Draft() =>
        Course.Create("Цифрова громада", "Digital community", "Курс", 12, "Академія", "Academy", "", "DG", Now, Guid.CreateVersion7(), published: false).Value;

    [Fact]
    public void Publish_EmptyCourse_IsRefused()
    {
        var course = Draft();

        Assert.Equal(LearningErrors.CourseEmpty, course.Publish(0).Error);
        Assert.False(course.IsPublished);
    }

    [Fact]
    public void Publish_WithSteps_PublishesOnce()
    {
        var course = Draft();

        Assert.True(course.Publish(2).IsSuccess);
        Assert.True(course.IsPublished);
        Assert.Equal(LearningErrors.AlreadyPublished, course.Publish(2).Error);
    }

    [Fact]
    public void Unpublish_HidesAndTwiceIsAlreadyDone()
    {
        var course = Draft();
        course.Publish(1);

        Assert.True(course.Unpublish().IsSuccess);
        Assert.False(course.IsPublished);
        Assert.Equal(LearningErrors.AlreadyUnpublished, course.Unpublish().Error);
    }

    [Fact]
    public void Update_BadHours_IsRefusedAndKeepsTheCourse()
    {
        var course = Draft();

        Assert.Equal(LearningErrors.HoursOutOfRange, course.Update("Нова назва", "", "", 0, "Академія", "", "", "DG").Error);
        Assert.Equal("Цифрова громада", course.Title);
    }

    [Fact]
    public void Move_Up_SwapsWithThePrevious()
    {
        Guid a = Guid.CreateVersion7(), b = Guid.CreateVersion7(), c = Guid.CreateVersion7();

        Assert.Equal([a, c, b], CourseOrdering.Move([a, b, c], c, -1));
        Assert.Equal([b, a, c], CourseOrdering.Move([a, b, c], a, 1));
    }

    [Fact]
    public void Move_PastTheEnds_LeavesTheOrder()
    {
        Guid a = Guid.CreateVersion7(), b = Guid.CreateVersion7();

        Assert.Equal([a, b], CourseOrdering.Move([a, b], a, -1));
        Assert.Equal([a, b], CourseOrdering.Move([a, b], b, 1));
        Assert.Equal([a, b], CourseOrdering.Move([a, b], Guid.CreateVersion7(), 1));
    }

    [Fact]
    public void Next_AfterGaps_IsOneMoreThanTheLast() =>
        Assert.Equal(8, CourseOrdering.Next([1, 7, 3]));

    [Theory]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://youtu.be/dQw4w9WgXcQ?t=10", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://www.youtube.com/shorts/dQw4w9WgXcQ", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ")]
    [InlineData("https://vimeo.com/76979871", "https://player.vimeo.com/video/76979871")]
    [InlineData("https://player.vimeo.com/video/76979871", "https://player.vimeo.com/video/76979871")]
    public void EmbedUrl_YouTubeAndVimeo_BecomePlayers(string url, string embed) =>
        Assert.Equal(embed, LessonVideo.EmbedUrl(url));

    [Theory]
    [InlineData("https://www.youtube.com/results?search_query=egov")]
    [InlineData("https://evil.example/watch?v=dQw4w9WgXcQ")]
    [InlineData("javascript:alert(1)")]
    [InlineData("https://www.youtube.com/watch?v=dQw4w9WgXcQ\"><script>")]
    [InlineData("https://vimeo.com/channels/staffpicks")]
    public void EmbedUrl_AnythingElse_IsNull(string url) =>
        Assert.Null(LessonVideo.EmbedUrl(url));

    [Fact]
    public void LessonNew_UnsupportedVideo_IsRefusedOnItsField()
    {
        var result = Lesson.New(Guid.CreateVersion7(), Guid.CreateVersion7(), 1, "Урок", "текст", "<p>текст</p>", "https://example.com/video.mp4", "", 10);

        Assert.Equal(LearningErrors.VideoUrlUnsupported, result.Error);
        Assert.Equal("VideoUrl", result.Error!.Field);
    }

    [Fact]
    public void LessonAttachments_PortalFilesSurvive_OtherHostsOnlyOverHttp()
    {
        var attachments = LessonAttachment.Parse("Файл | /learning/files/0190a4d6-0000-7000-8000-000000000001\nЧуже | //evil.example/x\nСхема | /x:y");

        Assert.Equal([new LessonAttachment("Файл", "/learning/files/0190a4d6-0000-7000-8000-000000000001")], attachments);
    }

    [Fact]
    public void LessonUpdate_BadAttachmentLine_IsRefused()
    {
        var lesson = Lesson.New(Guid.CreateVersion7(), Guid.CreateVersion7(), 1, "Урок", "", "", null, "", 10).Value;

        Assert.Equal(LearningErrors.AttachmentsInvalid, lesson.Update("Урок", "", "", null, "Зло | javascript:alert(1)", 10).Error);
    }

    [Fact]
    public void LessonBody_IsMeasuredAsTyped_TheMaximumPassesThoughItsHtmlIsLonger_OneMoreIsRefused()
    {
        var typed = new string('ї', Lesson.BodyMaxLength);

        Assert.True(Lesson.New(Guid.CreateVersion7(), Guid.CreateVersion7(), 1, "Урок", typed, $"<p>{typed}</p>", null, "", 10).IsSuccess);
        Assert.Equal(CommonErrors.TooLong("Body"), Lesson.New(Guid.CreateVersion7(), Guid.CreateVersion7(), 1, "Урок", typed + "ї", $"<p>{typed}ї</p>", null, "", 10).Error);
        Assert.Equal(CommonErrors.TooLong("Body"), Lesson.New(Guid.CreateVersion7(), Guid.CreateVersion7(), 1, "Урок", "", $"<p>{typed}</p>", null, "", 10).Error);
    }
}

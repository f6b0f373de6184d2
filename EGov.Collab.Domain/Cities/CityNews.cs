using EGov.Collab.Domain.Common;

namespace EGov.Collab.Domain.Cities;

/// <summary>A piece of news a cabinet manager posts on the community's cabinet; public once posted, and fed to the newsletter.</summary>
public sealed class CityNews
{
    public const int TitleMaxLength = 200;
    public const int BodyMaxLength = 4000;

    private CityNews()
    {
        Title = "";
        Body = "";
    }

    public Guid Id { get; private set; }
    public Guid CommunityId { get; private set; }
    public string Title { get; private set; }
    public string Body { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }
    public Guid AuthorId { get; private set; }

    public static Result<CityNews> Post(Guid communityId, string? title, string? body, Guid authorId, DateTimeOffset now)
    {
        var cleanTitle = (title ?? "").Trim();
        var cleanBody = (body ?? "").Trim();
        if (cleanTitle.Length == 0) return CommonErrors.Required("Title");
        if (cleanTitle.Length > TitleMaxLength) return CommonErrors.TooLong("Title");
        if (cleanBody.Length == 0) return CommonErrors.Required("Body");
        if (cleanBody.Length > BodyMaxLength) return CommonErrors.TooLong("Body");
        return new CityNews
        {
            Id = Guid.CreateVersion7(),
            CommunityId = communityId,
            Title = cleanTitle,
            Body = cleanBody,
            PublishedAt = now,
            AuthorId = authorId,
        };
    }

    public string Excerpt(int length = 280) => Body.Length <= length ? Body : string.Concat(Body.AsSpan(0, length - 1), "…");
}

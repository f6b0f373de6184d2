namespace EGov.Collab.App.ExpertClub;

/// <summary>The club's URLs, in one place.</summary>
public static class ClubLinks
{
    public const string Home = "/expert-club";
    public const string Experts = "/expert-club/experts";
    public const string Join = "/expert-club/join";
    public const string Admin = "/expert-club/admin";
    public const string Search = "/expert-club/search";
    public const string NewOpinion = "/expert-club/opinions/new";
    public const string Messages = "/expert-club/messages";

    public static string Room(Guid roomId) => $"/expert-club/rooms/{roomId}";

    public static string Topic(Guid topicId) => $"/expert-club/topics/{topicId}";

    public static string Message(Guid topicId, long number) => $"/expert-club/topics/{topicId}#m{number}";

    public static string Expert(Guid memberId) => $"/expert-club/experts/{memberId}";

    public static string Opinion(Guid opinionId) => $"/expert-club/opinions/{opinionId}";

    public static string Conversation(Guid conversationId) => $"/expert-club/messages/{conversationId}";

    /// <summary>The caller's conversation with a member (empty until the first message).</summary>
    public static string ConversationWith(Guid memberId) => $"/expert-club/messages/with/{memberId}";

    /// <summary>A message's attached file, served after the club's access check.</summary>
    public static string Attachment(Guid attachmentId) => $"/expert-club/attachments/{attachmentId}";
}

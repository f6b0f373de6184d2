using EGov.Collab.Domain.ExpertClub;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data;

public abstract partial class CollabDbContext
{
    public DbSet<ClubMember> ClubMembers => Set<ClubMember>();
    public DbSet<Room> ClubRooms => Set<Room>();
    public DbSet<RoomMember> ClubRoomMembers => Set<RoomMember>();
    public DbSet<Topic> ClubTopics => Set<Topic>();
    public DbSet<TopicRead> ClubTopicReads => Set<TopicRead>();
    public DbSet<Message> ClubMessages => Set<Message>();
    public DbSet<MessageReaction> ClubReactions => Set<MessageReaction>();
    public DbSet<MessageAttachment> ClubMessageAttachments => Set<MessageAttachment>();
    public DbSet<Conversation> ClubConversations => Set<Conversation>();
    public DbSet<DirectMessage> ClubDirectMessages => Set<DirectMessage>();
    public DbSet<MessageFlag> ClubMessageFlags => Set<MessageFlag>();
    public DbSet<Watch> ClubWatches => Set<Watch>();
    public DbSet<Poll> ClubPolls => Set<Poll>();
    public DbSet<PollVote> ClubPollVotes => Set<PollVote>();
    public DbSet<ExpertOpinion> ExpertOpinions => Set<ExpertOpinion>();
}

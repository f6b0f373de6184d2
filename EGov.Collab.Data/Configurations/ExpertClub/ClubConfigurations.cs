using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Common.Documents;
using EGov.Collab.Domain.ExpertClub;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.ExpertClub;

public sealed class ClubMemberConfiguration : IEntityTypeConfiguration<ClubMember>
{
    public void Configure(EntityTypeBuilder<ClubMember> builder)
    {
        builder.ToTable("ClubMembers");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Expertise).HasMaxLength(ClubMember.ExpertiseMaxLength).IsRequired();
        builder.Property(m => m.Biography).HasMaxLength(ClubMember.BiographyMaxLength);
        builder.Property(m => m.Publications).HasMaxLength(ClubMember.PublicationsMaxLength);
        builder.Property(m => m.DecisionReason).HasMaxLength(ClubMember.ReasonMaxLength);
        builder.Ignore(m => m.ExpertiseAreas);
        builder.Ignore(m => m.IsActive);
        builder.HasIndex(m => m.MemberId).IsUnique();
        builder.HasOne<Member>().WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class RoomConfiguration : IEntityTypeConfiguration<Room>
{
    public void Configure(EntityTypeBuilder<Room> builder)
    {
        builder.ToTable("ClubRooms");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Name).HasMaxLength(Room.NameMaxLength).IsRequired();
        builder.Property(r => r.Description).HasMaxLength(Room.DescriptionMaxLength);
        // One room per cohort: two people opening a new cohort's discussion at once get the same room.
        builder.HasIndex(r => r.CohortId).IsUnique();
    }
}

public sealed class RoomMemberConfiguration : IEntityTypeConfiguration<RoomMember>
{
    public void Configure(EntityTypeBuilder<RoomMember> builder)
    {
        builder.ToTable("ClubRoomMembers");
        builder.HasKey(r => new { r.RoomId, r.MemberId });
        builder.HasOne<Room>().WithMany().HasForeignKey(r => r.RoomId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class TopicConfiguration : IEntityTypeConfiguration<Topic>
{
    public void Configure(EntityTypeBuilder<Topic> builder)
    {
        builder.ToTable("ClubTopics");
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Title).HasMaxLength(Topic.TitleMaxLength).IsRequired();
        // Two posts racing for the same number: the second save fails instead of reusing it.
        builder.Property(t => t.LastNumber).IsConcurrencyToken();
        builder.HasOne<Room>().WithMany().HasForeignKey(t => t.RoomId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(t => new { t.RoomId, t.LastActivityAt });
    }
}

public sealed class TopicReadConfiguration : IEntityTypeConfiguration<TopicRead>
{
    public void Configure(EntityTypeBuilder<TopicRead> builder)
    {
        builder.ToTable("ClubTopicReads");
        builder.HasKey(r => new { r.TopicId, r.MemberId });
        builder.HasOne<Topic>().WithMany().HasForeignKey(r => r.TopicId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MessageConfiguration : IEntityTypeConfiguration<Message>
{
    public void Configure(EntityTypeBuilder<Message> builder)
    {
        builder.ToTable("ClubMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Text).HasMaxLength(Message.TextMaxLength).IsRequired();
        builder.Property(m => m.HiddenReason).HasMaxLength(Message.HideReasonMaxLength);
        builder.Ignore(m => m.IsHidden);
        builder.HasOne<Topic>().WithMany().HasForeignKey(m => m.TopicId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(m => m.AuthorId).OnDelete(DeleteBehavior.Restrict);
        // Keyset paging: the latest first, then back by number.
        builder.HasIndex(m => new { m.TopicId, m.Number }).IsUnique();
        builder.HasIndex(m => new { m.AuthorId, m.PostedAt });
    }
}

public sealed class MessageReactionConfiguration : IEntityTypeConfiguration<MessageReaction>
{
    public void Configure(EntityTypeBuilder<MessageReaction> builder)
    {
        builder.ToTable("ClubReactions");
        builder.HasKey(r => new { r.MessageId, r.MemberId, r.Emoji });
        builder.Property(r => r.Emoji).HasMaxLength(Reactions.EmojiMaxLength);
        builder.HasOne<Message>().WithMany().HasForeignKey(r => r.MessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(r => r.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MessageAttachmentConfiguration : IEntityTypeConfiguration<MessageAttachment>
{
    public void Configure(EntityTypeBuilder<MessageAttachment> builder)
    {
        builder.ToTable("ClubMessageAttachments");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.FileName).HasMaxLength(StoredFile.FileNameMaxLength).IsRequired();
        builder.HasIndex(a => new { a.MessageId, a.Position }).IsUnique();
        builder.HasOne<Message>().WithMany().HasForeignKey(a => a.MessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => a.DocumentId);
    }
}

public sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.ToTable("ClubConversations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        // One conversation per pair (the smaller id first); each member's inbox reads by their side.
        builder.HasIndex(c => new { c.FirstMemberId, c.SecondMemberId }).IsUnique();
        builder.HasIndex(c => c.SecondMemberId);
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.FirstMemberId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Member>().WithMany().HasForeignKey(c => c.SecondMemberId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class DirectMessageConfiguration : IEntityTypeConfiguration<DirectMessage>
{
    public void Configure(EntityTypeBuilder<DirectMessage> builder)
    {
        builder.ToTable("ClubDirectMessages");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.Text).HasMaxLength(Message.TextMaxLength).IsRequired();
        builder.HasIndex(m => new { m.ConversationId, m.SentAt });
        builder.HasOne<Conversation>().WithMany().HasForeignKey(m => m.ConversationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(m => m.AuthorId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class MessageFlagConfiguration : IEntityTypeConfiguration<MessageFlag>
{
    public void Configure(EntityTypeBuilder<MessageFlag> builder)
    {
        builder.ToTable("ClubMessageFlags");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Reason).HasMaxLength(MessageFlag.ReasonMaxLength).IsRequired();
        // One report per member and message; the queue reads the open ones.
        builder.HasIndex(f => new { f.MessageId, f.MemberId }).IsUnique();
        builder.HasIndex(f => f.ResolvedAt);
        builder.HasOne<Message>().WithMany().HasForeignKey(f => f.MessageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(f => f.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class WatchConfiguration : IEntityTypeConfiguration<Watch>
{
    public void Configure(EntityTypeBuilder<Watch> builder)
    {
        builder.ToTable("ClubWatches");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.HasIndex(w => new { w.MemberId, w.Kind, w.TargetId }).IsUnique();
        builder.HasOne<Member>().WithMany().HasForeignKey(w => w.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PollConfiguration : IEntityTypeConfiguration<Poll>
{
    public void Configure(EntityTypeBuilder<Poll> builder)
    {
        builder.ToTable("ClubPolls");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Question).HasMaxLength(Poll.QuestionMaxLength).IsRequired();
        builder.HasOne<Topic>().WithMany().HasForeignKey(p => p.TopicId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsMany(p => p.Options, option =>
        {
            option.ToTable("ClubPollOptions");
            option.WithOwner().HasForeignKey(o => o.PollId);
            option.HasKey(o => o.Id);
            option.Property(o => o.Id).ValueGeneratedNever();
            option.Property(o => o.Text).HasMaxLength(Poll.OptionMaxLength).IsRequired();
        });
        builder.Navigation(p => p.Options).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

public sealed class PollVoteConfiguration : IEntityTypeConfiguration<PollVote>
{
    public void Configure(EntityTypeBuilder<PollVote> builder)
    {
        builder.ToTable("ClubPollVotes");
        builder.HasKey(v => new { v.PollId, v.MemberId, v.OptionId });
        builder.HasOne<Poll>().WithMany().HasForeignKey(v => v.PollId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Member>().WithMany().HasForeignKey(v => v.MemberId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ExpertOpinionConfiguration : IEntityTypeConfiguration<ExpertOpinion>
{
    public void Configure(EntityTypeBuilder<ExpertOpinion> builder)
    {
        builder.ToTable("ExpertOpinions");
        builder.HasKey(o => o.Id);
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.SubjectKind).HasMaxLength(ExpertOpinion.KindMaxLength).IsRequired();
        builder.Property(o => o.SubjectTitle).HasMaxLength(ExpertOpinion.TitleMaxLength).IsRequired();
        builder.Property(o => o.Summary).HasMaxLength(ExpertOpinion.SummaryMaxLength).IsRequired();
        builder.Property(o => o.Analysis).HasMaxLength(ExpertOpinion.AnalysisMaxLength).IsRequired();
        builder.Property(o => o.Recommendation).HasMaxLength(ExpertOpinion.RecommendationMaxLength).IsRequired();
        builder.Property(o => o.Signature).HasMaxLength(ExpertOpinion.SignatureMaxLength).IsRequired();
        builder.HasOne<Member>().WithMany().HasForeignKey(o => o.AuthorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => new { o.SubjectKind, o.SubjectId });
        builder.HasIndex(o => o.AuthorId);
    }
}

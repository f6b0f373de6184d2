using EGov.Collab.Data.Common;
using EGov.Collab.Domain.Drafting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace EGov.Collab.Data.Configurations.Drafting;

public sealed class WorkingGroupConfiguration : IEntityTypeConfiguration<WorkingGroup>
{
    public void Configure(EntityTypeBuilder<WorkingGroup> builder)
    {
        builder.ToTable("WorkingGroups");
        builder.HasKey(g => g.Id);
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.Name).HasMaxLength(WorkingGroup.NameMaxLength).IsRequired();
        builder.Property(g => g.Description).HasMaxLength(WorkingGroup.DescriptionMaxLength).IsRequired();
        builder.HasMany(g => g.Members).WithOne().HasForeignKey(m => m.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(g => g.Members).HasField("_members").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasMany(g => g.Invitations).WithOne().HasForeignKey(i => i.GroupId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(g => g.Invitations).HasField("_invitations").UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(g => g.Name);
    }
}

public sealed class GroupMemberConfiguration : IEntityTypeConfiguration<GroupMember>
{
    public void Configure(EntityTypeBuilder<GroupMember> builder)
    {
        builder.ToTable("WorkingGroupMembers");
        builder.HasKey(m => new { m.GroupId, m.MemberId });
        builder.HasOne<Member>().WithMany().HasForeignKey(m => m.MemberId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.MemberId);
    }
}

public sealed class GroupInvitationConfiguration : IEntityTypeConfiguration<GroupInvitation>
{
    public void Configure(EntityTypeBuilder<GroupInvitation> builder)
    {
        builder.ToTable("WorkingGroupInvitations");
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Email).HasMaxLength(GroupInvitation.EmailMaxLength).IsRequired();
        builder.HasIndex(i => new { i.GroupId, i.Email });
    }
}

using EGov.Collab.Domain.Drafting;
using Microsoft.EntityFrameworkCore;

namespace EGov.Collab.Data;

public abstract partial class CollabDbContext
{
    public DbSet<WorkingGroup> WorkingGroups => Set<WorkingGroup>();
    public DbSet<GroupMember> GroupMembers => Set<GroupMember>();
    public DbSet<GroupInvitation> GroupInvitations => Set<GroupInvitation>();
    public DbSet<Draft> Drafts => Set<Draft>();
    public DbSet<Amendment> Amendments => Set<Amendment>();
    public DbSet<AmendmentResponse> AmendmentResponses => Set<AmendmentResponse>();
    public DbSet<DraftComment> DraftComments => Set<DraftComment>();
    public DbSet<DraftVersion> DraftVersions => Set<DraftVersion>();
}

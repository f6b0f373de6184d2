namespace EGov.Collab.Domain.Common;

/// <summary>Roles granted per module (PRODUCT.md, "Who uses it"). Portal administrator and registered member are not module roles.</summary>
public enum ModuleRole
{
    Administrator = 1,
    WorkingGroupMember = 2,
    WorkingGroupChair = 3,
    Expert = 4,
    Juror = 5,
    JuryChair = 6,
    Trainer = 7,
    Learner = 8,
    Editor = 9,
    Contributor = 10,
    CityManager = 11,
    Respondent = 12,
    Reviewer = 13,
}

public static class ModuleRoles
{
    /// <summary>The roles that mean something in a module; every module also has <see cref="ModuleRole.Administrator"/>.</summary>
    public static IReadOnlyList<ModuleRole> For(ModuleKey module) => module switch
    {
        ModuleKey.Drafting => [ModuleRole.Administrator, ModuleRole.WorkingGroupChair, ModuleRole.WorkingGroupMember],
        ModuleKey.ExpertClub => [ModuleRole.Administrator, ModuleRole.Expert],
        ModuleKey.Readiness => [ModuleRole.Administrator, ModuleRole.Reviewer, ModuleRole.Respondent],
        ModuleKey.Cities => [ModuleRole.Administrator, ModuleRole.CityManager],
        ModuleKey.Learning => [ModuleRole.Administrator, ModuleRole.Trainer, ModuleRole.Learner],
        ModuleKey.Contest => [ModuleRole.Administrator, ModuleRole.JuryChair, ModuleRole.Juror, ModuleRole.Expert],
        ModuleKey.Journal => [ModuleRole.Administrator, ModuleRole.Editor, ModuleRole.Contributor],
        ModuleKey.Methodology or ModuleKey.Projects or ModuleKey.Practices or ModuleKey.Library =>
            [ModuleRole.Administrator, ModuleRole.Editor, ModuleRole.Contributor],
        _ => throw new ArgumentOutOfRangeException(nameof(module), module, null),
    };

    public static bool IsValidFor(this ModuleRole role, ModuleKey module) => For(module).Contains(role);
}

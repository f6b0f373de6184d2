using EGov.Collab.App.Common;

namespace EGov.Collab.App.Drafting;

/// <summary>Member searches per chair: enough to find a colleague, too few to walk the member list.</summary>
public sealed class MemberSearchThrottle(TimeProvider clock) : SlidingWindowThrottle(Limit, TimeSpan.FromMinutes(1), clock)
{
    public new const int Limit = 20;

    /// <summary>The shortest name fragment a search takes.</summary>
    public const int MinTermLength = 3;
}

using System.Linq.Expressions;
using EGov.Collab.Data.Common;

namespace EGov.Collab.App.Common;

/// <summary>
/// The two locks on an account. Failed sign-ins lock it for a while (Identity's lockout), which only stops new
/// sign-ins: an attacker typing wrong passwords must not strip the owner's open sessions of their rights. An
/// administrator's lock is indefinite and ends every session; access checks ask only about that one.
/// </summary>
public static class AccountLock
{
    /// <summary>The lockout end an administrator's lock sets.</summary>
    public static readonly DateTimeOffset ByAdministrator = DateTimeOffset.MaxValue;

    /// <summary>For queries: the member is locked by an administrator.</summary>
    public static readonly Expression<Func<Member, bool>> IsLockedByAdministrator = u => u.LockoutEnd == ByAdministrator;
}

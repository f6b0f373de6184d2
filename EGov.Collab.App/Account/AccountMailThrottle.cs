using System.Collections.Concurrent;

namespace EGov.Collab.App.Account;

/// <summary>
/// At most <see cref="Limit"/> account mails (confirmation, reset, email change) per member in <see cref="Window"/>,
/// so the resend and forgot-password forms cannot be used to flood someone's mailbox.
/// </summary>
public sealed class AccountMailThrottle(TimeProvider clock)
{
    public const int Limit = 3;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly ConcurrentDictionary<Guid, Queue<DateTimeOffset>> _sent = new();

    /// <summary>True, and counted, when one more mail may go to this member now.</summary>
    public bool TryTake(Guid memberId)
    {
        var now = clock.GetUtcNow();
        var times = _sent.GetOrAdd(memberId, _ => new Queue<DateTimeOffset>());
        lock (times)
        {
            while (times.Count > 0 && now - times.Peek() >= Window) times.Dequeue();
            if (times.Count >= Limit) return false;
            times.Enqueue(now);
            return true;
        }
    }
}

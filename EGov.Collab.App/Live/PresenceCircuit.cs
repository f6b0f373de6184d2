namespace EGov.Collab.App.Live;

/// <summary>
/// The presence of one circuit (one tab), scoped to it: components join rooms through it, and
/// <see cref="PresenceCircuitHandler"/> takes all of them out of their rooms the moment the tab's connection goes (a closed
/// tab, a lost network) rather than when the server finally drops the disconnected circuit minutes later, and puts
/// them back if it reconnects.
/// </summary>
public sealed class PresenceCircuit(LivePresence presence)
{
    private readonly List<PresenceHandle> _handles = [];
    private bool _connected = true;

    public PresenceHandle Join(string room, Guid memberId, string name)
    {
        var handle = presence.Join(room, memberId, name);
        lock (_handles)
        {
            _handles.RemoveAll(h => h.IsDisposed);
            _handles.Add(handle);
            if (!_connected) handle.Away();
        }
        return handle;
    }

    internal void ConnectionDown() => Each(false, handle => handle.Away());

    internal void ConnectionUp() => Each(true, handle => handle.Return());

    private void Each(bool connected, Action<PresenceHandle> act)
    {
        lock (_handles)
        {
            _connected = connected;
            _handles.RemoveAll(h => h.IsDisposed);
            foreach (var handle in _handles) act(handle);
        }
    }
}

using System.Collections.Frozen;

namespace EGov.Collab.App.Scale;

/// <summary>
/// The message types that may cross nodes: plain records, serialised as their name and System.Text.Json.
/// Anything else published on the bus (a session object, a presence ping) stays on the node that published it.
/// </summary>
public sealed class LiveMessageTypes
{
    private readonly FrozenDictionary<string, Type> _byName;

    public LiveMessageTypes(IEnumerable<LiveMessageType> types) =>
        _byName = types.Select(t => t.Type).Distinct().ToFrozenDictionary(NameOf, StringComparer.Ordinal);

    public static string NameOf(Type type) => type.FullName ?? type.Name;

    public bool Crosses(Type type) => _byName.ContainsKey(NameOf(type));

    public Type? Find(string name) => _byName.GetValueOrDefault(name);
}

/// <summary>One registration, added with <see cref="ScaleModule.AddLiveMessage{T}"/> by the module that owns the type.</summary>
public sealed record LiveMessageType(Type Type);

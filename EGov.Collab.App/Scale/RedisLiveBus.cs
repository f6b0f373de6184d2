using System.Text.Json;
using EGov.Collab.App.Live;
using StackExchange.Redis;

namespace EGov.Collab.App.Scale;

/// <summary>
/// The live bus of a cluster: subscribers stay on the node's own bus; a registered message is delivered here at once and
/// sent to the other nodes over one Redis pub/sub channel, where each hands it to its own bus. A node ignores its own echo.
/// </summary>
public sealed class RedisLiveBus : ILiveBus, IAsyncDisposable
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("egov.collab.live");

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly ILiveBus _local;
    private readonly LiveMessageTypes _types;
    private readonly ISubscriber _redis;
    private readonly ILogger<RedisLiveBus> _logger;
    private readonly string _node = Guid.NewGuid().ToString("N");
    private readonly ChannelMessageQueue _queue;

    public RedisLiveBus(ILiveBus local, LiveMessageTypes types, IConnectionMultiplexer redis, ILogger<RedisLiveBus> logger)
    {
        _local = local;
        _types = types;
        _logger = logger;
        _redis = redis.GetSubscriber();
        _queue = _redis.Subscribe(Channel);
        _queue.OnMessage(ReceiveAsync);
    }

    public IDisposable Subscribe(string topic, Func<object, Task> handler) => _local.Subscribe(topic, handler);

    public async Task PublishAsync(string topic, object message)
    {
        ArgumentNullException.ThrowIfNull(message);
        var type = message.GetType();
        if (_types.Crosses(type))
        {
            var envelope = new Envelope(_node, topic, LiveMessageTypes.NameOf(type), JsonSerializer.SerializeToElement(message, type, Json));
            try
            {
                await _redis.PublishAsync(Channel, JsonSerializer.Serialize(envelope, Json));
            }
            catch (RedisException exception)
            {
                // Redis away: this node's own viewers still hear it; the others catch up on their next read.
                _logger.LogWarning(exception, "A live message on {Topic} could not reach the other nodes.", topic);
            }
        }
        await _local.PublishAsync(topic, message);
    }

    private async Task ReceiveAsync(ChannelMessage received)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<Envelope>(received.Message.ToString(), Json);
            if (envelope is null || envelope.Node == _node) return;
            if (_types.Find(envelope.Type) is not { } type)
            {
                _logger.LogWarning("A live message of unregistered type {Type} from another node was dropped.", envelope.Type);
                return;
            }
            if (envelope.Message.Deserialize(type, Json) is not { } message) return;
            PortalMeter.LiveRemoteMessages.Add(1, new KeyValuePair<string, object?>("topic", PortalMeter.FamilyOf(envelope.Topic)));
            await _local.PublishAsync(envelope.Topic, message);
        }
        catch (JsonException exception)
        {
            _logger.LogWarning(exception, "A malformed live message from another node was dropped.");
        }
    }

    public async ValueTask DisposeAsync() => await _queue.UnsubscribeAsync();

    private sealed record Envelope(string Node, string Topic, string Type, JsonElement Message);
}

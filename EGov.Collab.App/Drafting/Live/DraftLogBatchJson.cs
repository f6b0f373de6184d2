using System.Buffers;
using System.Text;
using System.Text.Json;
using EGov.Collab.Domain.Drafting.Editing;

namespace EGov.Collab.App.Drafting.Live;

/// <summary>
/// The JSON of one log batch (<c>DraftLogBatch.Changes</c>): an array with one object per change, in revision order
/// from the batch's first revision: <c>"c"</c> client, <c>"a"</c> author, <c>"s"</c> the client's sequence number,
/// <c>"t"</c> the time, <c>"o"</c> the operations as applied (Domain DraftJson). A field left out is the previous
/// change's (<c>"s"</c>: the previous one plus 1, same client), so a typist's batch is mostly <c>{"o":[…]}</c>; the
/// first change has them all. Written once per batch into one buffer instead of one string per change.
/// </summary>
public static class DraftLogBatchJson
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = DraftJson.Options.Encoder };

    public static string Serialize(IReadOnlyList<DraftChange> changes)
    {
        var buffer = new ArrayBufferWriter<byte>(changes.Count * 96 + 16);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartArray();
            DraftChange? previous = null;
            foreach (var change in changes)
            {
                writer.WriteStartObject();
                var sameClient = previous is not null && previous.ClientId == change.ClientId;
                if (!sameClient) writer.WriteString("c", change.ClientId);
                if (previous is null || previous.AuthorId != change.AuthorId) writer.WriteString("a", change.AuthorId);
                if (!sameClient || change.Sequence != previous!.Sequence + 1) writer.WriteNumber("s", change.Sequence);
                if (previous is null || previous.At != change.At) writer.WriteString("t", change.At);
                writer.WritePropertyName("o");
                JsonSerializer.Serialize(writer, change.Operations, DraftJson.Options);
                writer.WriteEndObject();
                previous = change;
            }
            writer.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>The batch's changes, revisions counted from <paramref name="firstRevision"/>.</summary>
    public static List<DraftChange> Deserialize(long firstRevision, string json)
    {
        using var document = JsonDocument.Parse(json);
        var changes = new List<DraftChange>(document.RootElement.GetArrayLength());
        DraftChange? previous = null;
        foreach (var element in document.RootElement.EnumerateArray())
        {
            var client = element.TryGetProperty("c", out var c) ? c.GetGuid() : previous?.ClientId ?? throw new JsonException("No client.");
            var author = element.TryGetProperty("a", out var a) ? a.GetGuid() : previous?.AuthorId ?? throw new JsonException("No author.");
            var sequence = element.TryGetProperty("s", out var s) ? s.GetInt64() : previous?.Sequence + 1 ?? throw new JsonException("No sequence.");
            var at = element.TryGetProperty("t", out var t) ? t.GetDateTimeOffset() : previous?.At ?? throw new JsonException("No time.");
            var operations = element.GetProperty("o").Deserialize<List<DraftOperation>>(DraftJson.Options) ?? throw new JsonException("No operations.");
            previous = new DraftChange(firstRevision + changes.Count, author, client, sequence, at, operations);
            changes.Add(previous);
        }
        return changes;
    }
}

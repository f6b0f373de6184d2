using System.Text.Json;
using System.Text.Json.Nodes;
using EGov.Collab.Domain.Drafting.Editing;
using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Domain.Drafting;

/// <summary>
/// The JSON vectors the C# engine and the browser's ot.mjs both run (node: wwwroot/js/drafting/ot.test.mjs).
/// Regenerate after a deliberate change of the transform with DRAFTING_WRITE_VECTORS=1 and review the diff.
/// </summary>
public sealed class SharedVectorsTests
{
    public static string VectorsPath => Path.Combine(RepositoryPaths.Root, "EGov.Collab.Tests", "Domain", "Drafting", "ot-vectors.json");

    [Fact]
    public void Vectors_MatchTheCSharpEngine()
    {
        if (Environment.GetEnvironmentVariable("DRAFTING_WRITE_VECTORS") == "1") File.WriteAllText(VectorsPath, Generate());
        var vectors = JsonNode.Parse(File.ReadAllText(VectorsPath))!;
        var transforms = vectors["transform"]!.AsArray();
        var inverts = vectors["invert"]!.AsArray();
        Assert.True(transforms.Count >= 200 && inverts.Count >= 50);
        foreach (var vector in transforms)
        {
            var document = DraftJson.DeserializeDocument(vector!["doc"]!.ToJsonString());
            var pair = DraftTransform.Transform(Ops(vector["a"]!), Ops(vector["b"]!), vector["aFirst"]!.GetValue<bool>());
            var name = vector["name"]!.GetValue<string>();
            if (vector["aPrime"] is null)
            {
                Assert.True(pair is null, name);
                continue;
            }
            Assert.True(pair is not null, name);
            Same(vector["aPrime"]!, DraftJson.Serialize(pair.Value.A), name);
            Same(vector["bPrime"]!, DraftJson.Serialize(pair.Value.B), name);
            Same(vector["result"]!, DraftJson.Serialize(DraftOperations.Apply(DraftOperations.Apply(document, Ops(vector["a"]!)).Value, pair.Value.B).Value), name);
        }
        foreach (var vector in inverts)
        {
            var document = DraftJson.DeserializeDocument(vector!["doc"]!.ToJsonString());
            Same(vector["inverse"]!, DraftJson.Serialize(DraftInverse.Invert(document, Ops(vector["ops"]!))), vector["name"]!.GetValue<string>());
        }
    }

    private static void Same(JsonNode expected, string actual, string name) =>
        Assert.True(JsonNode.DeepEquals(expected, JsonNode.Parse(actual)), $"{name}: expected {expected.ToJsonString()}, got {actual}");

    private static IReadOnlyList<DraftOperation> Ops(JsonNode node) => DraftJson.DeserializeOperations(node.ToJsonString());

    private static string Generate()
    {
        var transforms = new JsonArray();
        for (var seed = 1; transforms.Count < 240; seed++)
        {
            var random = new DraftRandom(seed);
            var document = random.Document(3);
            var a = random.Operations(document, random.Random.Next(1, 3));
            var b = random.Operations(document, random.Random.Next(1, 3));
            var aFirst = random.Random.Next(2) == 0;
            var pair = DraftTransform.Transform(a, b, aFirst);
            // Keep every conflict but only some of the many plain cases.
            var vector = new JsonObject
            {
                ["name"] = $"random seed {seed}",
                ["doc"] = Node(DraftJson.Serialize(document)),
                ["a"] = Node(DraftJson.Serialize(a)),
                ["b"] = Node(DraftJson.Serialize(b)),
                ["aFirst"] = aFirst,
                ["aPrime"] = pair is null ? null : Node(DraftJson.Serialize(pair.Value.A)),
                ["bPrime"] = pair is null ? null : Node(DraftJson.Serialize(pair.Value.B)),
                ["result"] = pair is null ? null : Node(DraftJson.Serialize(DraftOperations.Apply(DraftOperations.Apply(document, a).Value, pair.Value.B).Value)),
            };
            transforms.Add(vector);
        }
        var inverts = new JsonArray();
        for (var seed = 1; inverts.Count < 60; seed++)
        {
            var random = new DraftRandom(10_000 + seed);
            var document = random.Document(3);
            var ops = random.Operations(document, random.Random.Next(1, 4));
            inverts.Add(new JsonObject
            {
                ["name"] = $"random seed {10_000 + seed}",
                ["doc"] = Node(DraftJson.Serialize(document)),
                ["ops"] = Node(DraftJson.Serialize(ops)),
                ["inverse"] = Node(DraftJson.Serialize(DraftInverse.Invert(document, ops))),
            });
        }
        var root = new JsonObject { ["transform"] = transforms, ["invert"] = inverts };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonNode Node(string json) => JsonNode.Parse(json)!;
}

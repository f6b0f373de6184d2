using System.Text.Json;
using System.Text.Json.Nodes;
using EGov.Collab.Domain.Drafting.Editing;
using EGov.Collab.Tests.Support;

namespace EGov.Collab.Tests.Domain.Drafting;

/// <summary>
/// The JSON vectors the C# engine and the browser's ot.mjs both run (node: wwwroot/js/drafting/ot.test.mjs).
/// "runs" are scripted sessions of people typing at one place (ConcurrentRuns): both replay them to the same text.
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
        var runs = vectors["runs"]!.AsArray();
        Assert.True(runs.Count >= 40);
        foreach (var vector in runs)
        {
            var script = new ConcurrentRuns(
                DraftJson.DeserializeDocument(vector!["doc"]!.ToJsonString()),
                vector["writers"]!.AsArray().Select(w => new ConcurrentRuns.Writer(
                    Guid.Parse(w!["authorId"]!.GetValue<string>()), Guid.Parse(w["clientId"]!.GetValue<string>()), w["run"]!.GetValue<string>())).ToList(),
                vector["steps"]!.AsArray().Select(step => new ConcurrentRuns.Step(step![0]!.GetValue<string>(), step[1]!.GetValue<int>())).ToList());
            Same(vector["result"]!, DraftJson.Serialize(script.Play().Server), vector["name"]!.GetValue<string>());
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
        var runs = new JsonArray();
        for (var seed = 1; runs.Count < 40; seed++)
        {
            var script = ConcurrentRuns.Random(20_000 + seed);
            runs.Add(new JsonObject
            {
                ["name"] = $"concurrent runs, seed {20_000 + seed}",
                ["doc"] = Node(DraftJson.Serialize(script.Document)),
                ["writers"] = new JsonArray(script.Writers.Select(w => (JsonNode)new JsonObject
                {
                    ["authorId"] = w.AuthorId.ToString(), ["clientId"] = w.ClientId.ToString(), ["run"] = w.Run,
                }).ToArray()),
                ["steps"] = new JsonArray(script.Steps.Select(step => (JsonNode)new JsonArray(step.Kind, step.Writer)).ToArray()),
                ["result"] = Node(DraftJson.Serialize(script.Play().Server)),
            });
        }
        var root = new JsonObject { ["transform"] = transforms, ["invert"] = inverts, ["runs"] = runs };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }

    private static JsonNode Node(string json) => JsonNode.Parse(json)!;
}

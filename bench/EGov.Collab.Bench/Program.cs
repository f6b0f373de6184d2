using System.Reflection;
using EGov.Collab.Bench;

var benchmarks = Assembly.GetExecutingAssembly().GetTypes()
    .Where(type => type is { IsClass: true, IsAbstract: false } && type.IsAssignableTo(typeof(IBenchmark)))
    .Select(type => (IBenchmark)Activator.CreateInstance(type)!)
    .OrderBy(benchmark => benchmark.Name, StringComparer.Ordinal)
    .ToList();

var chosen = args.Length == 0 ? null : benchmarks.FirstOrDefault(b => string.Equals(b.Name, args[0], StringComparison.OrdinalIgnoreCase));
if (chosen is null)
{
    Console.Error.WriteLine("usage: dotnet run -c Release --project bench/EGov.Collab.Bench -- <benchmark> [options]");
    foreach (var benchmark in benchmarks)
        Console.Error.WriteLine($"  {benchmark.Name,-14} {benchmark.Description}");
    return 2;
}

Console.WriteLine($"# {chosen.Name} on {Environment.ProcessorCount} cores, {Environment.OSVersion}, .NET {Environment.Version}, {DateTime.UtcNow:u}");
await chosen.RunAsync(args[1..]);
return 0;

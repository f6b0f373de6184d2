namespace EGov.Collab.Bench;

/// <summary>One benchmark; its name is the first command-line argument. It prints its own figures.</summary>
public interface IBenchmark
{
    string Name { get; }

    string Description { get; }

    Task RunAsync(string[] args);
}

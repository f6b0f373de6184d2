using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace EGov.Collab.Tests.Support;

/// <summary>
/// The real portal as a child process: <c>dotnet EGov.Collab.App.dll</c> from the App's build output of the
/// configuration these tests were built in, Development with demo data, on a free loopback port, with its SQLite
/// database and keys in a temporary data folder that outlives the process. For what only a real process shows:
/// <see cref="KillAsync"/> sends SIGKILL, <see cref="StartAsync"/> starts it again on the same data and port.
/// </summary>
public sealed class PortalProcess : IAsyncDisposable
{
    // A fault's bound, not a pace: a cold start migrates and seeds, which takes seconds on a quiet machine, but took
    // over two minutes with the load average near 50 (other builds beside the suite's four test collections).
    private static readonly TimeSpan StartBound = TimeSpan.FromMinutes(5);

    private readonly string _dataFolder = Path.Combine(Path.GetTempPath(), $"egov-process-{Guid.NewGuid():N}");
    private readonly StringBuilder _output = new();
    private Process? _process;

    private PortalProcess()
    {
        BaseAddress = new Uri($"http://127.0.0.1:{FreePort()}/");
    }

    public Uri BaseAddress { get; }

    /// <summary>The SQLite file the portal keeps its data in.</summary>
    public string DatabasePath => Path.Combine(_dataFolder, "egov-collab.db");

    /// <summary>What the process wrote to stdout and stderr so far, for a failing test's message.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>A new data folder and port, the portal started on them and listening.</summary>
    public static async Task<PortalProcess> LaunchAsync()
    {
        var portal = new PortalProcess();
        try
        {
            await portal.StartAsync();
            return portal;
        }
        catch
        {
            await portal.DisposeAsync();
            throw;
        }
    }

    /// <summary>Starts the portal (again) on this data folder and port; returns once Kestrel listens.</summary>
    public async Task StartAsync()
    {
        if (_process is { HasExited: false }) throw new InvalidOperationException("The portal is already running.");
        _process?.Dispose();
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var process = new Process { StartInfo = StartInfo(), EnableRaisingEvents = true };
        process.OutputDataReceived += (_, line) =>
        {
            if (line.Data is null) return;
            Record(line.Data);
            if (line.Data.Contains("Now listening on", StringComparison.Ordinal)) listening.TrySetResult();
        };
        process.ErrorDataReceived += (_, line) =>
        {
            if (line.Data is not null) Record(line.Data);
        };
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException($"The portal exited before it listened:\n{Output}"));
        Record($"--- start {DateTimeOffset.UtcNow:O}");
        process.Start();
        _process = process;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await listening.Task.WaitAsync(StartBound);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The portal did not listen within {StartBound}:\n{Output}");
        }
    }

    /// <summary>SIGKILL: no shutdown, no flush, nothing the process could still do.</summary>
    public async Task KillAsync()
    {
        if (_process is not { HasExited: false } process) throw new InvalidOperationException("The portal is not running.");
        process.Kill(entireProcessTree: false);
        await process.WaitForExitAsync();
        Record($"--- killed {DateTimeOffset.UtcNow:O}");
    }

    public async ValueTask DisposeAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        _process?.Dispose();
        try
        {
            Directory.Delete(_dataFolder, recursive: true);
        }
        catch (IOException)
        {
            // A temp folder left behind is not the test's failure.
        }
    }

    private ProcessStartInfo StartInfo()
    {
        var info = new ProcessStartInfo(DotnetHost())
        {
            WorkingDirectory = RepositoryPaths.App,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(AppAssembly());
        info.ArgumentList.Add("--urls");
        info.ArgumentList.Add(BaseAddress.GetLeftPart(UriPartial.Authority));
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        info.Environment["Storage__DataPath"] = _dataFolder;
        info.Environment["Demo__Seed"] = "true";
        info.Environment["Portal__PublicUrl"] = BaseAddress.GetLeftPart(UriPartial.Authority);
        info.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        return info;
    }

    /// <summary>The App's own output beside this test project's (same configuration and framework folders).</summary>
    private static string AppAssembly()
    {
        var tests = Path.Combine(RepositoryPaths.Root, "EGov.Collab.Tests");
        var output = Path.GetRelativePath(tests, AppContext.BaseDirectory);
        var assembly = Path.Combine(RepositoryPaths.App, output, "EGov.Collab.App.dll");
        return File.Exists(assembly) ? assembly : throw new FileNotFoundException($"Build the App first: {assembly} is missing.");
    }

    private static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Record(string line)
    {
        lock (_output) _output.AppendLine(line);
    }
}

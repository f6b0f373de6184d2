using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace EGov.Collab.Bench.Journal;

/// <summary>
/// Debian's aiosmtpd on a free loopback port (<c>/usr/bin/python3</c>: the pyenv python3 lacks the module), with a
/// handler that appends each message's Message-ID to a file, so the benchmark can check every subscriber got one mail.
/// </summary>
public sealed class LoopbackSmtp : IAsyncDisposable
{
    private const string Handler = """
        import os

        class Ids:
            def __init__(self, path):
                self.file = open(path, 'a', buffering=1)

            @classmethod
            def from_cli(cls, parser, *args):
                return cls(args[0])

            async def handle_DATA(self, server, session, envelope):
                message_id = ''
                for line in envelope.content.split(b'\r\n'):
                    if line == b'':
                        break
                    if line.lower().startswith(b'message-id:'):
                        message_id = line[11:].strip().decode('ascii', 'replace')
                self.file.write(message_id + '\n')
                return '250 OK'
        """;

    private readonly Process _process;

    private LoopbackSmtp(Process process, int port, string idsFile)
    {
        _process = process;
        Port = port;
        IdsFile = idsFile;
    }

    public int Port { get; }

    public string IdsFile { get; }

    public static async Task<LoopbackSmtp> StartAsync(string folder)
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "bench_ids.py"), Handler);
        var ids = Path.Combine(folder, "message-ids.txt");
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        var start = new ProcessStartInfo("/usr/bin/python3")
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-d", "-l", $"127.0.0.1:{port}", "-c", "bench_ids.Ids", ids },
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["PYTHONPATH"] = folder;
        var process = Process.Start(start)!;
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("Server is listening", StringComparison.Ordinal) == true) listening.TrySetResult();
        };
        process.BeginErrorReadLine();
        await listening.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return new LoopbackSmtp(process, port, ids);
    }

    public IReadOnlyList<string> ReceivedIds() =>
        File.Exists(IdsFile) ? File.ReadAllLines(IdsFile).Where(l => l.Length > 0).ToList() : [];

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}

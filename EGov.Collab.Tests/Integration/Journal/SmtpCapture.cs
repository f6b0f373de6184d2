using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using MimeKit;

namespace EGov.Collab.Tests.Integration.Journal;

/// <summary>
/// A real SMTP server on loopback: Debian's aiosmtpd (<c>/usr/bin/python3 -m aiosmtpd</c>; the pyenv <c>python3</c> on
/// PATH lacks it) with a tiny handler that writes each message to a folder. A recipient whose address starts with
/// "bounce" is refused at RCPT for good (550), one starting with "tempfail" for now (451).
/// </summary>
public sealed class SmtpCapture : IAsyncDisposable
{
    public const string Python = "/usr/bin/python3";

    private const string Handler = """
        import os, itertools

        class Capture:
            def __init__(self, folder):
                self.folder = folder
                self.counter = itertools.count()

            @classmethod
            def from_cli(cls, parser, *args):
                return cls(args[0])

            async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
                if address.lower().startswith('bounce'):
                    return '550 5.1.1 No such mailbox'
                if address.lower().startswith('tempfail'):
                    return '451 4.3.0 Try again later'
                envelope.rcpt_tos.append(address)
                return '250 OK'

            async def handle_DATA(self, server, session, envelope):
                path = os.path.join(self.folder, '%08d.eml' % next(self.counter))
                data = envelope.original_content or envelope.content
                if isinstance(data, str):
                    data = data.encode('utf-8')
                with open(path + '.tmp', 'wb') as f:
                    f.write(data)
                os.replace(path + '.tmp', path)
                return '250 OK'
        """;

    private readonly Process _process;
    private readonly string _root;

    private SmtpCapture(Process process, string root, int port)
    {
        _process = process;
        _root = root;
        Port = port;
    }

    public int Port { get; }

    public string Folder => Path.Combine(_root, "mail");

    public static async Task<SmtpCapture> StartAsync()
    {
        var root = Path.Combine(Path.GetTempPath(), "egov-collab-smtp", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(root, "mail"));
        await File.WriteAllTextAsync(Path.Combine(root, "capture.py"), Handler);
        var port = FreePort();
        var start = new ProcessStartInfo(Python)
        {
            ArgumentList = { "-m", "aiosmtpd", "-n", "-d", "-l", $"127.0.0.1:{port}", "-c", "capture.Capture", Path.Combine(root, "mail") },
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        start.Environment["PYTHONPATH"] = root;
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start aiosmtpd.");
        // -d makes aiosmtpd log "Server is listening on host:port" once it accepts connections.
        var listening = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var log = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is null) return;
            lock (log) log.AppendLine(e.Data);
            if (e.Data.Contains("Server is listening", StringComparison.Ordinal)) listening.TrySetResult();
        };
        process.OutputDataReceived += (_, _) => { };
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException("aiosmtpd exited: " + log));
        process.EnableRaisingEvents = true;
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        await listening.Task.WaitAsync(TimeSpan.FromSeconds(30));
        return new SmtpCapture(process, root, port);
    }

    /// <summary>Every message received so far (a message is on disk before the server answers 250).</summary>
    public IReadOnlyList<MimeMessage> Messages() =>
        Directory.GetFiles(Folder, "*.eml").Order(StringComparer.Ordinal).Select(f => MimeMessage.Load(f)).ToList();

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

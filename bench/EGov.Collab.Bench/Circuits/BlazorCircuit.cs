using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Collab.Bench.Circuits;

/// <summary>
/// One Blazor Server circuit without a browser: starts the circuit from a prerendered page's markers, acknowledges every
/// render batch (OnRenderCompleted), answers every JavaScript call with an empty success (EndInvokeJSFromDotNet), and
/// can dispatch a browser event to the renderer once the server has attached its interop object.
/// </summary>
public sealed class BlazorCircuit : IAsyncDisposable
{
    private const string AttachRendererInterop = "Blazor._internal.attachWebRendererInterop";

    private readonly HubConnection _connection;
    private readonly TaskCompletionSource _firstRender = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long _renderBatches;
    private long _nextCallId;
    private volatile bool _closing;

    private BlazorCircuit(Uri server, CookieContainer? cookies)
    {
        var builder = new HubConnectionBuilder().WithUrl(new Uri(server, "_blazor"), HttpTransportType.WebSockets, options =>
        {
            options.SkipNegotiation = true;
            if (cookies is not null) options.Cookies = cookies;
        });
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        _connection = builder.Build();
        _connection.On("JS.RenderBatch", [typeof(long), typeof(byte[])], OnRenderBatchAsync, this);
        _connection.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)], OnBeginInvokeJSAsync, this);
        _connection.On("JS.Error", [typeof(string)], arguments =>
        {
            Fail($"server error: {arguments[0]}");
            return Task.CompletedTask;
        });
        _connection.Closed += error =>
        {
            if (!_closing) Fail($"connection closed: {error?.Message ?? "by the server"}");
            return Task.CompletedTask;
        };
    }

    /// <summary>Render batches received so far.</summary>
    public long RenderBatches => Interlocked.Read(ref _renderBatches);

    /// <summary>The renderer's interop object (DispatchEventAsync is called on it), once the server attached it.</summary>
    public long? RendererInterop { get; private set; }

    public string? Failure { get; private set; }

    /// <summary>Every render batch, after it was acknowledged: its id, its bytes and when it arrived.</summary>
    public event Action<BlazorCircuit, long, byte[], long>? BatchReceived;

    public static async Task<BlazorCircuit> StartAsync(BlazorPage page, CookieContainer? cookies, CancellationToken cancellationToken)
    {
        var server = new Uri(page.Address.GetLeftPart(UriPartial.Authority) + "/");
        var circuit = new BlazorCircuit(server, cookies);
        try
        {
            await circuit._connection.StartAsync(cancellationToken);
            var id = await circuit._connection.InvokeAsync<string?>("StartCircuit", server.ToString(), page.Address.ToString(), "[]",
                page.ApplicationState, cancellationToken);
            if (string.IsNullOrEmpty(id)) throw new InvalidOperationException(circuit.Failure ?? "the server refused to start the circuit");
            await circuit._connection.SendAsync("UpdateRootComponents", page.AddOperations(), page.ApplicationState, cancellationToken);
            await circuit._firstRender.Task.WaitAsync(cancellationToken);
            return circuit;
        }
        catch
        {
            await circuit.DisposeAsync();
            throw;
        }
    }

    /// <summary>A browser event on a handler id found in a render batch (e.g. "input" with a value, or "click").</summary>
    public Task DispatchEventAsync(ulong handlerId, string eventName, object eventArgs, CancellationToken cancellationToken)
    {
        if (RendererInterop is not { } interop) throw new InvalidOperationException("The renderer has not attached its interop object yet.");
        var descriptor = new { eventHandlerId = handlerId, eventName, eventFieldInfo = (object?)null };
        var arguments = JsonSerializer.Serialize(new object[] { descriptor, eventArgs });
        var callId = Interlocked.Increment(ref _nextCallId).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return _connection.SendAsync("BeginInvokeDotNetFromJS", callId, null, "DispatchEventAsync", interop, arguments, cancellationToken);
    }

    private static async Task OnRenderBatchAsync(object?[] arguments, object? state)
    {
        var circuit = (BlazorCircuit)state!;
        var arrived = System.Diagnostics.Stopwatch.GetTimestamp();
        var batchId = (long)arguments[0]!;
        await circuit._connection.SendAsync("OnRenderCompleted", batchId, null);
        Interlocked.Increment(ref circuit._renderBatches);
        circuit._firstRender.TrySetResult();
        circuit.BatchReceived?.Invoke(circuit, batchId, (byte[])arguments[1]!, arrived);
    }

    private static async Task OnBeginInvokeJSAsync(object?[] arguments, object? state)
    {
        var circuit = (BlazorCircuit)state!;
        var handle = (long)arguments[0]!;
        if ((string?)arguments[1] == AttachRendererInterop) circuit.RendererInterop = InteropObjectOf((string?)arguments[2]);
        // A call that wants no answer has handle 0; any other gets "done, nothing to return", as a page with no script would.
        if (handle != 0)
            await circuit._connection.SendAsync("EndInvokeJSFromDotNet", handle, true, $"[{handle},true,null]");
    }

    private static long? InteropObjectOf(string? argumentsJson)
    {
        if (argumentsJson is null) return null;
        using var document = JsonDocument.Parse(argumentsJson);
        foreach (var argument in document.RootElement.EnumerateArray())
            if (argument.ValueKind == JsonValueKind.Object && argument.TryGetProperty("__dotNetObject", out var id))
                return id.GetInt64();
        return null;
    }

    private void Fail(string reason)
    {
        Failure ??= reason;
        _firstRender.TrySetException(new InvalidOperationException(reason));
    }

    public async ValueTask DisposeAsync()
    {
        _closing = true;
        await _connection.DisposeAsync();
    }
}

using System.Security.Claims;
using System.Text.Json;
using EGov.Collab.App.Common;
using EGov.Collab.App.Live;
using EGov.Collab.App.Localization;
using EGov.Collab.Domain.Common;
using EGov.Collab.Domain.Drafting;
using EGov.Collab.Domain.Drafting.Editing;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.Extensions.Localization;
using Microsoft.JSInterop;

namespace EGov.Collab.App.Drafting.Live;

/// <summary>
/// The live editor of one draft's text. The browser module (wwwroot/js/drafting/editor.mjs) edits and renders; this
/// component is its only door to the server: every interop call checks <see cref="IDraftAccess"/> again (a member
/// removed from the group mid-session is refused at their next keystroke), submissions go to the draft's session,
/// committed changes and presence are pushed back in revision order.
/// </summary>
public sealed partial class DraftEditor
{
    // Never disposed: a push may still be waiting on it when the circuit goes, and a SemaphoreSlim whose wait handle
    // was never asked for holds nothing that needs disposing.
    private readonly SemaphoreSlim _pushing = new(1, 1);
    private ElementReference _host;
    private IJSObjectReference? _module;
    private DotNetObjectReference<DraftEditor>? _self;
    private bool _opened;
    private Guid _memberId;
    private IDisposable? _changes;
    private IDisposable? _presenceChanges;
    private PresenceHandle? _presence;
    private IReadOnlyList<PresenceEntry> _people = [];
    private long _pushed = -1;
    private bool _readOnly;
    private bool _canComment;
    private bool _disposed;
    private SelectedWords? _selection;
    private string _commentBody = "";
    private string? _commentError;
    private bool _commenting;
    private bool _commentAdded;

    [Parameter, EditorRequired]
    public Guid DraftId { get; set; }

    /// <summary>Labels beside provisions; by default the legal numbering as it will print («Стаття 3», «2.», «1)»).</summary>
    [Parameter]
    public Func<DraftDocument, IReadOnlyDictionary<Guid, string>> Numbering { get; set; } = LegalNumbering.Number;

    [CascadingParameter]
    private Task<AuthenticationState>? AuthenticationState { get; set; }

    [Inject] private DraftSessions Sessions { get; set; } = default!;
    [Inject] private IDraftEditing Editing { get; set; } = default!;
    [Inject] private IDraftAccess Access { get; set; } = default!;
    [Inject] private Comments CommentService { get; set; } = default!;
    [Inject] private IStringLocalizer<DraftingResource> D { get; set; } = default!;
    [Inject] private IStringLocalizer<SharedResource> Shared { get; set; } = default!;
    [Inject] private LivePresence Presence { get; set; } = default!;
    [Inject] private PresenceCircuit Circuit { get; set; } = default!;
    [Inject] private ILiveBus Bus { get; set; } = default!;
    [Inject] private IJSRuntime Js { get; set; } = default!;
    [Inject] private IStringLocalizer<LiveEditingResource> L { get; set; } = default!;
    [Inject] private ILogger<DraftEditor> Logger { get; set; } = default!;

    private string Room => $"draft:{DraftId:N}";

    protected override async Task OnAfterRenderAsync(bool firstRender)
    {
        if (!firstRender) return;
        var user = await UserAsync();
        if (!await Access.CanReadAsync(user, DraftId)) return;
        // The session is fetched afresh on every call: an idle one may have been closed and reloaded meanwhile.
        var session = await Sessions.GetAsync(DraftId);
        if (session is null) return;
        _opened = true;
        _readOnly = !await Access.CanEditAsync(user, DraftId);
        _canComment = await Access.CanCommentAsync(user, DraftId);
        _memberId = user.MemberId() ?? Guid.Empty;
        _presence = Circuit.Join(Room, _memberId, user.FindFirstValue(MemberClaims.FullName) ?? user.Identity?.Name ?? "?");
        _presenceChanges = Bus.Subscribe(LivePresence.TopicOf(Room), _ => InvokeAsync(PushPresenceAsync));
        _changes = Bus.Subscribe(DraftSession.TopicOf(DraftId), _ => InvokeAsync(PushChangesAsync));
        _self = DotNetObjectReference.Create(this);
        _module = await Js.InvokeAsync<IJSObjectReference>("import", "./js/drafting/editor.mjs");
        await _module.InvokeAsync<string>("start", _host, _self, DraftId.ToString(), new
        {
            readOnly = _readOnly,
            authorId = user.MemberId()?.ToString(),
            text = Texts(),
            structure = StructureTexts(),
            canComment = _canComment,
        });
        _pushed = session.Current.Revision;
        await PushLabelsAsync(session.Current.Document);
        await PushPresenceAsync();
        StateHasChanged();
    }

    [JSInvokable]
    public async Task<OpenAnswer> Open(long? fromRevision)
    {
        var user = await UserAsync();
        if (!_opened || !await Access.CanReadAsync(user, DraftId) || await Sessions.GetAsync(DraftId) is not { } session)
            throw new InvalidOperationException("Not allowed.");
        var (document, revision) = session.Current;
        if (fromRevision is { } from && from < revision && from >= revision - DraftSequencer.Window && from >= 0)
            return new OpenAnswer(DraftJson.Serialize(await Editing.AtRevisionAsync(DraftId, from)), from);
        return new OpenAnswer(DraftJson.Serialize(document), revision);
    }

    [JSInvokable]
    public async Task<SubmitAnswer> Submit(string clientId, long sequence, long baseRevision, string operationsJson)
    {
        var user = await UserAsync();
        if (!_opened || !await Access.CanEditAsync(user, DraftId)) return Refused(DraftEditingErrors.NotAllowed);
        if (!Guid.TryParse(clientId, out var client) || user.MemberId() is not { } author) return Refused(DraftEditingErrors.Malformed);
        IReadOnlyList<DraftOperation> operations;
        try
        {
            operations = DraftJson.DeserializeOperations(operationsJson);
        }
        catch (JsonException)
        {
            return Refused(DraftEditingErrors.Malformed);
        }
        var outcome = await Sessions.SubmitAsync(DraftId, new DraftSubmission(client, sequence, baseRevision, operations, author));
        return outcome.Accepted ? new SubmitAnswer(true, outcome.Revision, null, null) : Refused(outcome.Error!);
    }

    [JSInvokable]
    public async Task<string?> CatchUp(long revision)
    {
        var user = await UserAsync();
        if (!_opened || !await Access.CanReadAsync(user, DraftId) || await Sessions.GetAsync(DraftId) is not { } session)
            throw new InvalidOperationException("Not allowed.");
        var changes = session.ChangesSince(revision);
        return changes is null ? null : ChangesJson(changes);
    }

    [JSInvokable]
    public async Task Cursor(string location)
    {
        if (_presence is null || !await Access.CanReadAsync(await UserAsync(), DraftId)) return;
        _presence.MoveTo(location.Length > 200 ? null : location);
    }

    /// <summary>The reader selected words and asked to comment on them: the form opens with the words quoted.</summary>
    [JSInvokable]
    public async Task BeginComment(string provisionId, int start, string quote)
    {
        if (!_opened || !Guid.TryParse(provisionId, out var id) || string.IsNullOrEmpty(quote) || quote.Length > DraftLimits.MaxProvisionLength) return;
        if (!await Access.CanCommentAsync(await UserAsync(), DraftId)) return;
        _selection = new SelectedWords(id, start, quote);
        _commentError = null;
        _commentAdded = false;
        StateHasChanged();
    }

    private async Task AddCommentAsync()
    {
        if (_selection is not { } selection || _commenting) return;
        _commenting = true;
        try
        {
            var added = await CommentService.AddOnSelectionAsync(await UserAsync(), DraftId, selection.ProvisionId, selection.Start, selection.Quote, _commentBody);
            if (added.IsSuccess)
            {
                _selection = null;
                _commentBody = "";
                _commentError = null;
                _commentAdded = true;
            }
            else _commentError = ErrorTexts.Find(D, Shared, added.Error!.Code) ?? added.Error!.Code;
        }
        finally
        {
            _commenting = false;
        }
    }

    private void CancelComment()
    {
        _selection = null;
        _commentError = null;
    }

    [JSInvokable]
    public async Task Typing()
    {
        if (_presence is null || !await Access.CanEditAsync(await UserAsync(), DraftId)) return;
        _presence.Typing();
    }

    private async Task PushChangesAsync()
    {
        if (_module is null || !_opened || _disposed) return;
        await _pushing.WaitAsync();
        try
        {
            if (_disposed || await Sessions.GetAsync(DraftId) is not { } session) return;
            var changes = session.ChangesSince(_pushed);
            if (changes is null || changes.Count == 0) return;
            await _module.InvokeVoidAsync("receive", _host, ChangesJson(changes));
            _pushed = changes[^1].Revision;
            await PushLabelsAsync(session.Current.Document);
        }
        catch (JSDisconnectedException)
        {
            // The browser catches up by itself when it is back.
        }
        catch (Exception exception) when (exception is JSException or TaskCanceledException or InvalidOperationException)
        {
            Logger.LogDebug(exception, "Pushing changes of draft {DraftId} failed; the editor will catch up.", DraftId);
        }
        finally
        {
            _pushing.Release();
        }
    }

    private async Task PushLabelsAsync(DraftDocument document)
    {
        if (_module is null) return;
        await _module.InvokeVoidAsync("labels", _host, Numbering(document).ToDictionary(pair => pair.Key.ToString(), pair => pair.Value));
    }

    private async Task PushPresenceAsync()
    {
        if (_disposed) return;
        _people = Others(Presence.In(Room), _memberId);
        StateHasChanged();
        if (_module is null) return;
        try
        {
            await _module.InvokeVoidAsync("presence", _host, _people.Select(p => new { name = p.Name, colour = p.Colour, location = p.Location }));
        }
        catch (Exception exception) when (exception is JSDisconnectedException or JSException or TaskCanceledException)
        {
            Logger.LogDebug(exception, "Presence push failed.");
        }
    }

    /// <summary>
    /// The other people here, once each: a person with two tabs, or a reconnected circuit whose old entry has not
    /// gone yet, is one member; the one typing (else the latest) stands for them. The reader is never listed.
    /// </summary>
    internal static IReadOnlyList<PresenceEntry> Others(IEnumerable<PresenceEntry> entries, Guid me) =>
        entries.Where(p => p.MemberId != me)
            .GroupBy(p => p.MemberId)
            .Select(g => g.OrderByDescending(p => p.IsTyping).ThenByDescending(p => p.Since).First())
            .OrderBy(p => p.Name, StringComparer.CurrentCulture)
            .ToList();

    /// <summary>The structure toolbar's words and the kinds a provision can take, as the browser module names them.</summary>
    private object StructureTexts() => new
    {
        toolbar = L["Structure.Toolbar"].Value,
        kind = L["Structure.Kind"].Value,
        moveUp = L["Structure.MoveUp"].Value,
        moveDown = L["Structure.MoveDown"].Value,
        drag = L["Structure.Drag"].Value,
        comment = L["Structure.Comment"].Value,
        selectFirst = L["Comment.SelectFirst"].Value,
        kinds = Enum.GetValues<ProvisionKind>().Select(kind => new
        {
            value = JsonSerializer.Serialize(kind, DraftJson.Options).Trim('"'),
            name = L[$"Kind.{kind}"].Value,
        }),
    };

    private Dictionary<string, string> Texts()
    {
        var texts = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["saved"] = L["Edit.Saved"], ["saving"] = L["Edit.Saving"], ["offline"] = L["Edit.Offline"],
        };
        foreach (var code in new[] { "paste-too-long", "provision-too-long", "splits-character", "too-many-provisions", "too-far-behind" })
            texts[$"drafting.edit.{code}"] = L[$"drafting.edit.{code}"];
        texts["pasteTooLong"] = L["drafting.edit.paste-too-long"];
        return texts;
    }

    private SubmitAnswer Refused(Error error) => new(false, -1, error.Code, L[error.Code]);

    private static string ChangesJson(IReadOnlyList<DraftChange> changes) =>
        JsonSerializer.Serialize(changes.Select(c => new WireChange(c.Revision, c.AuthorId, c.ClientId, c.Sequence, c.Operations)), DraftJson.Options);

    private async Task<ClaimsPrincipal> UserAsync() =>
        AuthenticationState is null ? new ClaimsPrincipal(new ClaimsIdentity()) : (await AuthenticationState).User;

    public async ValueTask DisposeAsync()
    {
        _disposed = true;
        _changes?.Dispose();
        _presenceChanges?.Dispose();
        _presence?.Dispose();
        if (_module is not null)
        {
            try
            {
                await _module.InvokeVoidAsync("stop", _host);
                await _module.DisposeAsync();
            }
            catch (JSDisconnectedException)
            {
                // The circuit is gone; nothing to tidy in the browser.
            }
        }
        _self?.Dispose();
    }

    public sealed record OpenAnswer(string Document, long Revision);

    private sealed record SelectedWords(Guid ProvisionId, int Start, string Quote);

    public sealed record SubmitAnswer(bool Accepted, long Revision, string? Code, string? Message);

    private sealed record WireChange(long Revision, Guid AuthorId, Guid ClientId, long Sequence, IReadOnlyList<DraftOperation> Operations);
}

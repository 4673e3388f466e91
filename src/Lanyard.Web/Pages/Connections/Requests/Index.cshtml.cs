using Lanyard.Core.Connections;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;
using Lanyard.Core.Time;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Lanyard.Web.Pages.Connections.Requests;

/// <summary>
/// The safeguarding side of the connection check (DSL, deputy DSL, head teacher: the folder's
/// policy). Two queues: the held requests addressed to a role the register shows the user in, each
/// answered by an exception, advice (or a conflict-of-interest assessment) or a refusal; and the
/// recent blocked checks the school's policy lets someone authorise, answered by an exception. Who
/// may decide what is the use cases' call, read from the register; after a decision the question is
/// asked again and the new answer shown.
/// </summary>
internal sealed class IndexModel(IOrganisationRegister organisations, IPeopleRegister people, IConnectionLog log, TimeProvider clock) : PageModel
{
    /// <summary>How far back in the school's log blocked checks are looked for.</summary>
    public const int RecentChecks = 200;

    /// <summary>The school asked for (trust and federation staff choose); null for the user's own.</summary>
    [BindProperty(SupportsGet = true, Name = "school")]
    public long? SchoolId { get; set; }

    /// <summary>The exception form (for a hold or for a blocked check).</summary>
    [BindProperty]
    public GrantForm Grant { get; set; } = new();

    /// <summary>The advice or assessment form.</summary>
    [BindProperty]
    public AdviceForm Advice { get; set; } = new();

    /// <summary>The refusal form.</summary>
    [BindProperty]
    public RefuseForm Refuse { get; set; } = new();

    /// <summary>The school.</summary>
    public SchoolScope Scope { get; private set; } = null!;

    /// <summary>The open requests addressed to the user, oldest first.</summary>
    public IReadOnlyList<ListOpenHoldRequests.Item> Holds { get; private set; } = [];

    /// <summary>Recent blocked checks the policy lets someone authorise, newest first: the latest answer for each question.</summary>
    public IReadOnlyList<ConnectionDecisionRecord> Authorisable { get; private set; } = [];

    /// <summary>How the school's pack settles connections with pupils' families (advice, an assessment, …); null when it is silent.</summary>
    public ParentConnectionMode? ParentMode => Scope.InContext.Pack?.Parameters.ParentConnection?.Mode;

    /// <summary>Which form was posted (e.g. <c>grant-hold-4</c>), so its errors show beside it.</summary>
    public string? PostedForm { get; private set; }

    /// <summary>What the last decision did, with the question asked again.</summary>
    public Outcome? Done { get; private set; }

    /// <summary>Today, as the connection check counts it (the UK day), for the exception's date limits.</summary>
    public DateOnly Today => UkTime.Today(clock);

    /// <summary>GET /connections/requests.</summary>
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken) ? Page() : NotFound();

    /// <summary>POST ?handler=grant: a time-limited exception, for an open hold request or a blocked check.</summary>
    public async Task<IActionResult> OnPostGrantAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        PostedForm = Grant.HoldId is { } h ? $"grant-hold-{h}" : $"grant-check-{Grant.DecisionId}";
        var hold = Holds.FirstOrDefault(i => i.Hold.Id == Grant.HoldId);
        var check = hold?.Decision ?? Authorisable.FirstOrDefault(d => d.Id == Grant.DecisionId && Grant.HoldId is null);
        if (check?.OtherPersonId is not { } otherId)
        {
            return Refused(nameof(Grant), "That request or check is no longer waiting for you: someone may have decided it already.");
        }

        if (Grant.Until is not { } until)
        {
            ModelState.AddModelError($"{nameof(Grant)}.{nameof(GrantForm.Until)}", "Enter the last day the exception is in force.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var request = new GrantConnectionException.Request(Scope.School.Id, Scope.PersonId, check.StaffId, otherId, Grant.Until!.Value, Grant.Reason, hold?.Hold.Id);
        var result = await GrantConnectionException.HandleAsync(request, organisations, people, log, clock, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var (key, message) in result.Errors)
            {
                ModelState.AddModelError(key is nameof(GrantForm.Until) or nameof(GrantForm.Reason) ? $"{nameof(Grant)}.{key}" : nameof(Grant), message);
            }

            return Page();
        }

        var recheck = result.Recheck;
        if (recheck is null)
        {
            // No hold to settle: ask the blocked question again, so the grantor sees whether the
            // school's policy lets this exception lift it (it is recorded like any check).
            var again = new DecideConnection.Request(Scope.School.Id, User.Identity?.Name, check.StaffId, otherId, null, check.Action, check.Platform);
            recheck = (await DecideConnection.HandleAsync(again, organisations, people, log, clock, cancellationToken)).Decision;
        }

        var exception = result.Exception!;
        return await DoneAsync(
            $"Exception granted to {check.StaffName} for {check.OtherName}, in force until {ConnectionText.Date(exception.Until)}.",
            result.Hold,
            recheck,
            cancellationToken);
    }

    /// <summary>POST ?handler=advice: the advice or conflict-of-interest assessment the pack asks for, settling the hold.</summary>
    public async Task<IActionResult> OnPostAdviceAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        PostedForm = $"advice-{Advice.HoldId}";
        if (Holds.FirstOrDefault(i => i.Hold.Id == Advice.HoldId) is not { Decision.OtherPersonId: { } otherId } item)
        {
            return Refused(nameof(Advice), "That request is no longer waiting for you: someone may have decided it already.");
        }

        if (Advice.MayConnect is null)
        {
            ModelState.AddModelError($"{nameof(Advice)}.{nameof(AdviceForm.MayConnect)}", ParentMode == ParentConnectionMode.ConflictOfInterestTest
                ? "Choose whether a conflict of interest is likely."
                : "Choose whether they may go ahead.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var request = new RecordConnectionAdvice.Request(Scope.School.Id, Scope.PersonId, item.Hold.StaffId, otherId, Advice.MayConnect!.Value, Advice.Note, item.Hold.Id);
        var result = await RecordConnectionAdvice.HandleAsync(request, organisations, people, log, clock, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var (key, message) in result.Errors)
            {
                ModelState.AddModelError(key == nameof(AdviceForm.Note) ? $"{nameof(Advice)}.{key}" : nameof(Advice), message);
            }

            return Page();
        }

        var what = ParentMode == ParentConnectionMode.ConflictOfInterestTest ? "Conflict-of-interest assessment" : "Advice";
        return await DoneAsync($"{what} recorded for {item.Decision.StaffName} and {item.Decision.OtherName}.", result.Hold, result.Recheck, cancellationToken);
    }

    /// <summary>POST ?handler=refuse: the hold's decider says no, with a reason.</summary>
    public async Task<IActionResult> OnPostRefuseAsync(CancellationToken cancellationToken)
    {
        if (!await LoadAsync(cancellationToken))
        {
            return NotFound();
        }

        PostedForm = $"refuse-{Refuse.HoldId}";
        if (Holds.FirstOrDefault(i => i.Hold.Id == Refuse.HoldId) is not { } item)
        {
            return Refused(nameof(Refuse), "That request is no longer waiting for you: someone may have decided it already.");
        }

        var result = await RefuseConnectionHold.HandleAsync(new RefuseConnectionHold.Request(Scope.School.Id, item.Hold.Id, Scope.PersonId, Refuse.Note), organisations, people, log, clock, cancellationToken);
        if (!result.Succeeded)
        {
            foreach (var (key, message) in result.Errors)
            {
                ModelState.AddModelError(key == nameof(RefuseForm.Note) ? $"{nameof(Refuse)}.{key}" : nameof(Refuse), message);
            }

            return Page();
        }

        return await DoneAsync($"Request {item.Hold.Id} refused: {item.Decision.StaffName} may not go ahead with {item.Decision.OtherName}.", result.Hold, null, cancellationToken);
    }

    /// <summary>The messages for a field of the posted form: <c>Grant.Until</c>, or <c>Grant</c> for the form as a whole.</summary>
    public IReadOnlyList<string> ErrorsFor(string form, string key) =>
        PostedForm == form && ModelState.TryGetValue(key, out var entry) ? [.. entry.Errors.Select(e => e.ErrorMessage)] : [];

    private PageResult Refused(string form, string message)
    {
        ModelState.AddModelError(form, message);
        return Page();
    }

    private async Task<IActionResult> DoneAsync(string message, ConnectionHoldRequest? hold, ConnectionDecisionRecord? recheck, CancellationToken cancellationToken)
    {
        Done = new Outcome(message, hold, recheck);
        PostedForm = null;
        ModelState.Clear();
        Grant = new();
        Advice = new();
        Refuse = new();
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(CancellationToken cancellationToken)
    {
        if (await SchoolScope.FindAsync(User, SchoolId, organisations, cancellationToken) is not { } scope)
        {
            return false;
        }

        Scope = scope;
        Holds = await ListOpenHoldRequests.HandleAsync(new ListOpenHoldRequests.Request(scope.School.Id, scope.PersonId), organisations, people, log, cancellationToken);
        var recent = await ListConnectionDecisions.HandleAsync(new ListConnectionDecisions.Request(scope.School.Id, null, RecentChecks), log, cancellationToken);
        // The latest answer to each question counts: a block since lifted (or asked again and allowed) is settled.
        Authorisable = [.. recent
            .GroupBy(d => (d.StaffId, d.OtherPersonId, d.Action, Platform: d.Platform.ToUpperInvariant()))
            .Select(g => g.First())
            .Where(d => d.Verdict == Verdict.Block
                && d.OtherPersonId is not null
                && d.StaffId != scope.PersonId
                && d.Reasons.Any(r => r.Verdict == Verdict.Block && r.DecidingRole is not null))];
        return true;
    }

    /// <summary>What a decision on this page did.</summary>
    /// <param name="Message">What was recorded.</param>
    /// <param name="Hold">The request as now decided, when one was.</param>
    /// <param name="Recheck">The question asked again after it.</param>
    public sealed record Outcome(string Message, ConnectionHoldRequest? Hold, ConnectionDecisionRecord? Recheck);

    /// <summary>An exception's fields.</summary>
    public sealed class GrantForm
    {
        /// <summary>The hold request it settles.</summary>
        public long? HoldId { get; set; }

        /// <summary>The blocked check it is for, when there is no hold.</summary>
        public long? DecisionId { get; set; }

        /// <summary>The last day it is in force.</summary>
        public DateOnly? Until { get; set; }

        /// <summary>Why.</summary>
        public string? Reason { get; set; }
    }

    /// <summary>Advice's (or an assessment's) fields.</summary>
    public sealed class AdviceForm
    {
        /// <summary>The hold request it settles.</summary>
        public long HoldId { get; set; }

        /// <summary>Go ahead (no conflict likely), or not.</summary>
        public bool? MayConnect { get; set; }

        /// <summary>What was said.</summary>
        public string? Note { get; set; }
    }

    /// <summary>A refusal's fields.</summary>
    public sealed class RefuseForm
    {
        /// <summary>The hold request refused.</summary>
        public long HoldId { get; set; }

        /// <summary>Why.</summary>
        public string? Note { get; set; }
    }
}

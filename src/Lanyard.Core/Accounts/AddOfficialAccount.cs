using Lanyard.Core.Governance;
using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Time;

namespace Lanyard.Core.Accounts;

/// <summary>
/// Use case: add an account to a school's register. The form is read into an account, judged under
/// the pack in force (with the school's email domains and the dates of birth of the pupils on roll
/// in the year groups with access), and then either refused, with errors by field citing the clause
/// broken and nothing written, or stored with its decision and problems. When the pack says the
/// first account makes the policy due for review (Chapmanslade review.01), the review task is stored
/// too, in the same unit of work, so neither exists without the other.
/// </summary>
public static class AddOfficialAccount
{
    /// <summary>What the user asks for.</summary>
    /// <param name="OrganisationId">The school (or trust, or federation) that owns the account.</param>
    /// <param name="Form">The account as entered.</param>
    public sealed record Request(long OrganisationId, OfficialAccountForm Form);

    /// <summary>The outcome.</summary>
    /// <param name="AccountId">The new account's id; null when nothing was written.</param>
    /// <param name="Validation">How the account was judged; null when the form could not be read into an account.</param>
    /// <param name="PolicyReview">The review task stored with it, when registering it made the policy due for review.</param>
    /// <param name="Errors">Form field → message; empty when the account was registered. See <see cref="OfficialAccountForm"/> for the keys.</param>
    public sealed record Result(long? AccountId, AccountValidation? Validation, ReviewTask? PolicyReview, IReadOnlyDictionary<string, string> Errors)
    {
        /// <summary>True when the account is in the register (accepted, flagged or held).</summary>
        public bool Registered => AccountId is not null;
    }

    /// <summary>Reads, judges and, unless rejected, stores.</summary>
    public static async Task<Result> HandleAsync(
        Request request,
        IOrganisationRegister organisations,
        IPeopleRegister people,
        IOfficialAccountRegister accounts,
        IReviewTaskRegister reviews,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(reviews);
        ArgumentNullException.ThrowIfNull(clock);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var school = await AccountSchool.LoadAsync(request.OrganisationId, organisations, errors, nameof(Request.OrganisationId), cancellationToken).ConfigureAwait(false);
        if (school is null)
        {
            return Refused(null, errors);
        }

        var account = await AccountFormBinding.BuildAsync(request.Form, school, people, errors, cancellationToken).ConfigureAwait(false);
        if (account is null)
        {
            return Refused(null, errors);
        }

        var existing = await accounts.ListAsync(school.Organisation.Id, cancellationToken).ConfigureAwait(false);
        AccountFormBinding.RefuseDuplicate(account, existing, null, errors);
        if (errors.Count > 0)
        {
            return Refused(null, errors);
        }

        var today = UkTime.Today(clock);
        var context = await school.ContextAsync(account, people, today, cancellationToken).ConfigureAwait(false);
        var outcome = RegisterOfficialAccount.Handle(account, school.Pack, context, existing.Count);
        if (!outcome.Registered)
        {
            return Refused(outcome.Validation, AccountFormBinding.ErrorsOf(outcome.Validation));
        }

        var now = clock.GetUtcNow();
        var id = await accounts.AddAsync(account, outcome.Validation, today, now, cancellationToken).ConfigureAwait(false);
        ReviewTask? task = null;
        if (outcome.PolicyReview is { } review)
        {
            task = ToTask(review, school.Organisation.Id, school.Pack, id);
            task = task with { Id = await reviews.AddAsync(task, now, cancellationToken).ConfigureAwait(false) };
        }

        return new Result(id, outcome.Validation, task, new Dictionary<string, string>());
    }

    private static Result Refused(AccountValidation? validation, Dictionary<string, string> errors) => new(null, validation, null, errors);

    /// <summary>
    /// The core's task in the register's shape. No early-review clause in the shipped packs sets a
    /// deadline, so the task has no due date until the reviewer (or the governance work) sets one.
    /// </summary>
    private static ReviewTask ToTask(PolicyReviewTask review, long organisationId, PolicyPack pack, long accountId) => new()
    {
        OrganisationId = organisationId,
        PackId = review.PackId,
        PackVersion = pack.Version,
        Kind = ReviewTaskKind.EarlyReview,
        Trigger = ReviewTrigger.FirstOfficialAccount,
        ClauseId = review.ClauseId,
        Title = review.Title,
        Description = review.Description,
        AssigneeRole = review.Assignee,
        Reviewer = review.Reviewer,
        RaisedOn = review.RaisedOn,
        AccountId = accountId,
    };
}

using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Time;

namespace Lanyard.Core.Accounts;

/// <summary>
/// Use case: change an account's entry. The new facts are judged afresh under the pack in force
/// today, exactly as a new account would be; a change that the policy rejects is refused with errors
/// by field, citing the clause, and the entry stays as it was. Changing an entry never makes the
/// policy due for review: only registering the first account does.
/// </summary>
public static class UpdateOfficialAccount
{
    /// <summary>What the user asks for.</summary>
    /// <param name="OrganisationId">The school whose register the page shows; the account must be its own.</param>
    /// <param name="AccountId">The account to change.</param>
    /// <param name="Form">The entry as it should now read (start from <see cref="OfficialAccountForm.From"/>).</param>
    public sealed record Request(long OrganisationId, long AccountId, OfficialAccountForm Form);

    /// <summary>The outcome.</summary>
    /// <param name="Validation">How the new facts were judged; null when the form could not be read into an account.</param>
    /// <param name="Errors">Form field → message; empty when the entry was changed. See <see cref="OfficialAccountForm"/> for the keys.</param>
    public sealed record Result(AccountValidation? Validation, IReadOnlyDictionary<string, string> Errors)
    {
        /// <summary>True when the entry was changed.</summary>
        public bool Updated => Errors.Count == 0;
    }

    /// <summary>Reads, judges and, unless rejected, replaces the entry.</summary>
    public static async Task<Result> HandleAsync(
        Request request,
        IOrganisationRegister organisations,
        IPeopleRegister people,
        IOfficialAccountRegister accounts,
        TimeProvider clock,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(accounts);
        ArgumentNullException.ThrowIfNull(clock);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        var stored = await accounts.GetAsync(request.AccountId, cancellationToken).ConfigureAwait(false);
        if (stored is null || stored.Account.OrganisationId != request.OrganisationId)
        {
            errors[nameof(Request.AccountId)] = "That account is not in this school's register.";
            return new Result(null, errors);
        }

        var school = await AccountSchool.LoadAsync(request.OrganisationId, organisations, errors, nameof(Request.OrganisationId), cancellationToken).ConfigureAwait(false);
        var account = school is null ? null : await AccountFormBinding.BuildAsync(request.Form, school, people, errors, cancellationToken).ConfigureAwait(false);
        if (school is null || account is null)
        {
            return new Result(null, errors);
        }

        var existing = await accounts.ListAsync(request.OrganisationId, cancellationToken).ConfigureAwait(false);
        AccountFormBinding.RefuseDuplicate(account, existing, request.AccountId, errors);
        if (errors.Count > 0)
        {
            return new Result(null, errors);
        }

        var today = UkTime.Today(clock);
        var context = await school.ContextAsync(account, people, today, cancellationToken).ConfigureAwait(false);
        var validation = ValidateOfficialAccount.Handle(account, school.Pack, context);
        if (validation.Rejected)
        {
            return new Result(validation, AccountFormBinding.ErrorsOf(validation));
        }

        await accounts.UpdateAsync(request.AccountId, account, validation, today, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return new Result(validation, new Dictionary<string, string>());
    }
}

using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Time;

namespace Lanyard.Core.Accounts;

/// <summary>
/// Use case: someone confirms an account's entry is still true (the admins, the linked email, the
/// pupils with access…) and sets when it is next to be confirmed. No pack sets a schedule for this
/// (see <see cref="AccountAttestation"/>), so the next date is the school's choice and is required:
/// an attestation with no next date would let the entry drift unseen again. The entry's facts are
/// not changed here; a change goes through <see cref="UpdateOfficialAccount"/>, which re-judges it.
/// </summary>
public static class AttestOfficialAccount
{
    /// <summary>What the user asks for.</summary>
    /// <param name="OrganisationId">The school whose register the page shows; the account must be its own.</param>
    /// <param name="AccountId">The account attested.</param>
    /// <param name="AttestedByPersonId">Who confirms it, from the people register (the signed-in member of staff, on the web).</param>
    /// <param name="AttestedByName">Who confirms it, by name, when not in the register.</param>
    /// <param name="AttestedOn">The day they confirmed it; today when blank.</param>
    /// <param name="NextAttestationOn">When it is next to be confirmed.</param>
    /// <param name="Note">Anything they noted.</param>
    public sealed record Request(long OrganisationId, long AccountId, long? AttestedByPersonId, string? AttestedByName, DateOnly? AttestedOn, DateOnly? NextAttestationOn, string? Note = null);

    /// <summary>The outcome.</summary>
    /// <param name="Attestation">What was recorded; null when refused.</param>
    /// <param name="Errors">Request field → message; empty when recorded.</param>
    public sealed record Result(AttestationRecord? Attestation, IReadOnlyDictionary<string, string> Errors)
    {
        /// <summary>True when the attestation was recorded.</summary>
        public bool Succeeded => Attestation is not null;
    }

    /// <summary>Validates and records.</summary>
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

        var today = UkTime.Today(clock);
        var attestedOn = request.AttestedOn ?? today;
        if (attestedOn > today)
        {
            errors[nameof(Request.AttestedOn)] = "An entry cannot be confirmed on a day that has not come yet.";
        }

        if (request.NextAttestationOn is not { } next)
        {
            errors[nameof(Request.NextAttestationOn)] = "Set the day the entry should next be confirmed (your policy sets no schedule, so the school chooses; a year is common).";
        }
        else if (next <= attestedOn)
        {
            errors[nameof(Request.NextAttestationOn)] = $"The next confirmation must come after this one ({AccountWording.Date(attestedOn)}).";
        }

        var attester = await AttesterAsync(request, organisations, people, errors, cancellationToken).ConfigureAwait(false);
        if (errors.Count > 0 || attester is null)
        {
            return new Result(null, errors);
        }

        var record = AccountFormBinding.Read(
            errors,
            () => new AttestationRecord(attester, attestedOn, request.NextAttestationOn!.Value, request.Note),
            parameter => parameter == "note" ? nameof(Request.Note) : nameof(Request.NextAttestationOn));
        if (record is null)
        {
            return new Result(null, errors);
        }

        await accounts.RecordAttestationAsync(request.AccountId, record, clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        return new Result(record, errors);
    }

    private static async Task<AccountPerson?> AttesterAsync(Request request, IOrganisationRegister organisations, IPeopleRegister people, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var name = request.AttestedByName;
        if (request.AttestedByPersonId is { } id)
        {
            var school = (await organisations.ListAsync(cancellationToken).ConfigureAwait(false)).First(o => o.Id == request.OrganisationId);
            if (await AccountSchool.FindStaffAsync(school, id, people, errors, nameof(Request.AttestedByPersonId), cancellationToken).ConfigureAwait(false) is not { } person)
            {
                return null;
            }

            name = string.IsNullOrWhiteSpace(name) ? person.DisplayName : name;
        }

        return AccountFormBinding.Read(errors, () => new AccountPerson(request.AttestedByPersonId, name), parameter => parameter == "personId" ? nameof(Request.AttestedByPersonId) : nameof(Request.AttestedByName));
    }
}

using System.Globalization;
using System.Text.Json;
using Lanyard.Core.Accounts;
using Lanyard.Core.Policies.Loading;

namespace Lanyard.Data.Accounts;

/// <summary>
/// The official account register, on either provider, inside the request's unit of work: one row
/// per account (its facts and how they were judged), its admins, its problems and its attestations.
/// </summary>
public sealed class OfficialAccountStore : IOfficialAccountRegister
{
    private const string Columns =
        "a.id AS Id, a.organisation_id AS OrganisationId, a.platform AS Platform, a.platform_kind AS PlatformKind, a.handle AS Handle, a.url AS Url, " +
        "a.display_name AS DisplayName, a.purpose AS Purpose, a.linked_email AS LinkedEmail, a.approver_person_id AS ApproverPersonId, " +
        "a.approver_name AS ApproverName, a.approver_email AS ApproverEmail, a.approver_role AS ApproverRole, a.approved_on AS ApprovedOn, " +
        "a.leadership_notified_on AS LeadershipNotifiedOn, a.pupils_use_it AS PupilsUseIt, a.pupil_year_groups AS PupilYearGroups, " +
        "a.youngest_pupil_age AS YoungestPupilAge, a.pupil_access_since AS PupilAccessSince, a.platform_minimum_age AS PlatformMinimumAge, " +
        "a.parents_informed_on AS ParentsInformedOn, a.policy_link_url AS PolicyLinkUrl, a.policy_link_confirmed AS PolicyLinkConfirmed, " +
        "a.safety_measures AS SafetyMeasures, a.next_attestation_on AS NextAttestationOn, a.personal_account_link AS PersonalAccountLink, " +
        "a.decision AS Decision, a.verdict AS Verdict, a.pack_id AS PackId, a.pack_version AS PackVersion, a.policy_silent AS PolicySilent, " +
        "a.validation_notes AS ValidationNotes, a.validated_on AS ValidatedOn, a.recorded_at AS RecordedAt";

    private const string RegisterOrder = "lower(a.platform), lower(coalesce(a.handle, a.url)), a.id";

    private readonly UnitOfWork _work;

    /// <summary>A register that runs in the given unit of work.</summary>
    public OfficialAccountStore(UnitOfWork work)
    {
        ArgumentNullException.ThrowIfNull(work);
        _work = work;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RegisteredAccount>> ListAsync(long organisationId, CancellationToken cancellationToken) =>
        LoadAsync("a.organisation_id = @OrganisationId", RegisterOrder, new { OrganisationId = organisationId }, cancellationToken);

    /// <inheritdoc />
    public async Task<RegisteredAccount?> GetAsync(long id, CancellationToken cancellationToken) =>
        (await LoadAsync("a.id = @Id", "a.id", new { Id = id }, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    /// <inheritdoc />
    public async Task<long> AddAsync(OfficialAccount account, AccountValidation validation, DateOnly validatedOn, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        RefuseRejected(validation);
        var id = await _work.InsertAsync(
            "INSERT INTO official_accounts (organisation_id, platform, platform_kind, handle, url, display_name, purpose, linked_email, " +
            "approver_person_id, approver_name, approver_email, approver_role, approved_on, leadership_notified_on, pupils_use_it, pupil_year_groups, " +
            "youngest_pupil_age, pupil_access_since, platform_minimum_age, parents_informed_on, policy_link_url, policy_link_confirmed, safety_measures, " +
            "next_attestation_on, personal_account_link, decision, verdict, pack_id, pack_version, policy_silent, validation_notes, validated_on, recorded_at, updated_at) " +
            "VALUES (@OrganisationId, @Platform, @PlatformKind, @Handle, @Url, @DisplayName, @Purpose, @LinkedEmail, " +
            "@ApproverPersonId, @ApproverName, @ApproverEmail, @ApproverRole, @ApprovedOn, @LeadershipNotifiedOn, @PupilsUseIt, @PupilYearGroups, " +
            "@YoungestPupilAge, @PupilAccessSince, @PlatformMinimumAge, @ParentsInformedOn, @PolicyLinkUrl, @PolicyLinkConfirmed, @SafetyMeasures, " +
            "@NextAttestationOn, @PersonalAccountLink, @Decision, @Verdict, @PackId, @PackVersion, @PolicySilent, @ValidationNotes, @ValidatedOn, @RecordedAt, @RecordedAt)",
            Parameters(0, account, validation, validatedOn, recordedAt),
            cancellationToken).ConfigureAwait(false);
        await WriteChildrenAsync(id, account, validation, cancellationToken).ConfigureAwait(false);
        return id;
    }

    /// <inheritdoc />
    public async Task UpdateAsync(long id, OfficialAccount account, AccountValidation validation, DateOnly validatedOn, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        RefuseRejected(validation);
        var updated = await _work.ExecuteAsync(
            "UPDATE official_accounts SET platform = @Platform, platform_kind = @PlatformKind, handle = @Handle, url = @Url, display_name = @DisplayName, " +
            "purpose = @Purpose, linked_email = @LinkedEmail, approver_person_id = @ApproverPersonId, approver_name = @ApproverName, " +
            "approver_email = @ApproverEmail, approver_role = @ApproverRole, approved_on = @ApprovedOn, leadership_notified_on = @LeadershipNotifiedOn, " +
            "pupils_use_it = @PupilsUseIt, pupil_year_groups = @PupilYearGroups, youngest_pupil_age = @YoungestPupilAge, pupil_access_since = @PupilAccessSince, " +
            "platform_minimum_age = @PlatformMinimumAge, parents_informed_on = @ParentsInformedOn, policy_link_url = @PolicyLinkUrl, " +
            "policy_link_confirmed = @PolicyLinkConfirmed, safety_measures = @SafetyMeasures, next_attestation_on = @NextAttestationOn, " +
            "personal_account_link = @PersonalAccountLink, decision = @Decision, verdict = @Verdict, pack_id = @PackId, pack_version = @PackVersion, " +
            "policy_silent = @PolicySilent, validation_notes = @ValidationNotes, validated_on = @ValidatedOn, updated_at = @RecordedAt " +
            "WHERE id = @Id AND organisation_id = @OrganisationId",
            Parameters(id, account, validation, validatedOn, recordedAt),
            cancellationToken).ConfigureAwait(false);
        if (updated != 1)
        {
            throw new InvalidOperationException($"Official account {id} is not in organisation {account.OrganisationId}.");
        }

        await _work.ExecuteAsync("DELETE FROM account_admins WHERE account_id = @Id", new { Id = id }, cancellationToken).ConfigureAwait(false);
        await _work.ExecuteAsync("DELETE FROM account_validation_problems WHERE account_id = @Id", new { Id = id }, cancellationToken).ConfigureAwait(false);
        await WriteChildrenAsync(id, account, validation, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task RecordAttestationAsync(long id, AttestationRecord attestation, DateTimeOffset recordedAt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attestation);
        var updated = await _work.ExecuteAsync(
            "UPDATE official_accounts SET next_attestation_on = @Next, updated_at = @RecordedAt WHERE id = @Id",
            new { Id = id, Next = attestation.NextAttestationOn, RecordedAt = recordedAt },
            cancellationToken).ConfigureAwait(false);
        if (updated != 1)
        {
            throw new InvalidOperationException($"Official account {id} is not in the register.");
        }

        await _work.ExecuteAsync(
            "INSERT INTO account_attestations (account_id, attested_by_person_id, attested_by_name, attested_on, next_attestation_on, note, recorded_at) " +
            "VALUES (@Id, @PersonId, @Name, @AttestedOn, @Next, @Note, @RecordedAt)",
            new
            {
                Id = id,
                attestation.AttestedBy.PersonId,
                attestation.AttestedBy.Name,
                attestation.AttestedOn,
                Next = attestation.NextAttestationOn,
                attestation.Note,
                RecordedAt = recordedAt,
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<RegisteredAccount>> ListDueForAttestationAsync(DateOnly day, long? organisationId, CancellationToken cancellationToken) =>
        LoadAsync(
            "a.next_attestation_on IS NOT NULL AND a.next_attestation_on <= @Day AND (@OrganisationId IS NULL OR a.organisation_id = @OrganisationId)",
            "a.next_attestation_on, " + RegisterOrder,
            new { Day = day, OrganisationId = organisationId },
            cancellationToken);

    /// <summary>
    /// Accounts matching <paramref name="where"/> (over alias <c>a</c>) with their admins, problems and
    /// latest attestation: one query per table, whatever the number of accounts.
    /// </summary>
    private async Task<IReadOnlyList<RegisteredAccount>> LoadAsync(string where, string order, object parameters, CancellationToken cancellationToken)
    {
        var rows = await _work.QueryAsync<OfficialAccountRow>($"SELECT {Columns} FROM official_accounts a WHERE {where} ORDER BY {order}", parameters, cancellationToken).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return [];
        }

        var admins = (await _work.QueryAsync<AccountAdminRow>(
            "SELECT d.account_id AS AccountId, d.person_id AS PersonId, d.name AS Name, d.email AS Email " +
            $"FROM account_admins d JOIN official_accounts a ON a.id = d.account_id WHERE {where} ORDER BY d.account_id, d.position",
            parameters,
            cancellationToken).ConfigureAwait(false)).ToLookup(r => r.AccountId);
        var problems = (await _work.QueryAsync<AccountProblemRow>(
            "SELECT p.account_id AS AccountId, p.rule AS RuleName, p.clause_id AS ClauseId, p.verdict AS Verdict, p.field AS Field, p.message AS Message " +
            $"FROM account_validation_problems p JOIN official_accounts a ON a.id = p.account_id WHERE {where} ORDER BY p.account_id, p.position",
            parameters,
            cancellationToken).ConfigureAwait(false)).ToLookup(r => r.AccountId);
        var attestations = (await _work.QueryAsync<AccountAttestationRow>(
            "SELECT t.account_id AS AccountId, t.attested_by_person_id AS PersonId, t.attested_by_name AS Name, t.attested_on AS AttestedOn, " +
            "t.next_attestation_on AS NextAttestationOn, t.note AS Note " +
            $"FROM account_attestations t JOIN official_accounts a ON a.id = t.account_id WHERE {where} ORDER BY t.account_id, t.attested_on DESC, t.id DESC",
            parameters,
            cancellationToken).ConfigureAwait(false)).ToLookup(r => r.AccountId);
        return [.. rows.Select(r => r.ToRegistered(admins[r.Id], problems[r.Id], attestations[r.Id].FirstOrDefault()))];
    }

    private async Task WriteChildrenAsync(long id, OfficialAccount account, AccountValidation validation, CancellationToken cancellationToken)
    {
        for (var i = 0; i < account.Admins.Count; i++)
        {
            var admin = account.Admins[i];
            await _work.ExecuteAsync(
                "INSERT INTO account_admins (account_id, position, person_id, name, email) VALUES (@Id, @Position, @PersonId, @Name, @Email)",
                new { Id = id, Position = i, admin.PersonId, admin.Name, Email = admin.Email?.ToString() },
                cancellationToken).ConfigureAwait(false);
        }

        for (var i = 0; i < validation.Problems.Count; i++)
        {
            var problem = validation.Problems[i];
            await _work.ExecuteAsync(
                "INSERT INTO account_validation_problems (account_id, position, rule, clause_id, verdict, field, message) " +
                "VALUES (@Id, @Position, @Rule, @ClauseId, @Verdict, @Field, @Message)",
                new { Id = id, Position = i, problem.Rule, problem.ClauseId, Verdict = YamlNaming.Kebab(problem.Verdict), problem.Field, problem.Message },
                cancellationToken).ConfigureAwait(false);
        }
    }

    private static object Parameters(long id, OfficialAccount account, AccountValidation validation, DateOnly validatedOn, DateTimeOffset recordedAt) => new
    {
        Id = id,
        account.OrganisationId,
        Platform = account.Platform.Name,
        PlatformKind = account.Platform.Kind is { } kind ? YamlNaming.Kebab(kind) : null,
        account.Handle,
        Url = account.Url?.ToString(),
        account.DisplayName,
        Purpose = YamlNaming.Kebab(account.Purpose),
        LinkedEmail = account.LinkedEmail?.ToString(),
        ApproverPersonId = account.Approval?.Approver.PersonId,
        ApproverName = account.Approval?.Approver.Name,
        ApproverEmail = account.Approval?.Approver.Email?.ToString(),
        ApproverRole = account.Approval is { } approval ? YamlNaming.Kebab(approval.Role) : null,
        ApprovedOn = account.Approval?.ApprovedOn,
        account.LeadershipNotifiedOn,
        account.PupilAccess.PupilsUseIt,
        PupilYearGroups = string.Join(' ', account.PupilAccess.YearGroups.Select(y => y.ToString(CultureInfo.InvariantCulture))),
        YoungestPupilAge = account.PupilAccess.YoungestAge,
        PupilAccessSince = account.PupilAccess.Since,
        account.PlatformMinimumAge,
        account.ParentsInformedOn,
        PolicyLinkUrl = account.PolicyLinkUrl?.ToString(),
        account.PolicyLinkConfirmed,
        account.SafetyMeasures,
        account.NextAttestationOn,
        PersonalAccountLink = YamlNaming.Kebab(account.PersonalAccountLink),
        Decision = YamlNaming.Kebab(validation.Decision),
        Verdict = YamlNaming.Kebab(validation.Verdict),
        validation.PackId,
        validation.PackVersion,
        validation.PolicySilent,
        ValidationNotes = JsonSerializer.Serialize(validation.Notes),
        ValidatedOn = validatedOn,
        RecordedAt = recordedAt,
    };

    /// <summary>The register holds accounts that may exist; the schema refuses a rejected one too, this says why first.</summary>
    private static void RefuseRejected(AccountValidation validation)
    {
        ArgumentNullException.ThrowIfNull(validation);
        if (validation.Rejected)
        {
            throw new ArgumentException("A rejected account is not stored: the register holds only accounts the policy lets the school keep.", nameof(validation));
        }
    }
}

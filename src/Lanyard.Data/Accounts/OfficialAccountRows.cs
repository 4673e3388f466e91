using System.Globalization;
using System.Text.Json;
using Lanyard.Core.Accounts;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Data.Accounts;

// The rows below are classes with settable properties, not positional records: Dapper converts
// column types into properties (SQLite integers are 64-bit, PostgreSQL's 32-bit) but matches
// constructors exactly.

/// <summary>One <c>official_accounts</c> row, turned back into the register's types.</summary>
internal sealed class OfficialAccountRow
{
    public long Id { get; init; }

    public long OrganisationId { get; init; }

    public string Platform { get; init; } = "";

    public string? PlatformKind { get; init; }

    public string? Handle { get; init; }

    public string? Url { get; init; }

    public string? DisplayName { get; init; }

    public string Purpose { get; init; } = "";

    public string? LinkedEmail { get; init; }

    public long? ApproverPersonId { get; init; }

    public string? ApproverName { get; init; }

    public string? ApproverEmail { get; init; }

    public string? ApproverRole { get; init; }

    public DateOnly? ApprovedOn { get; init; }

    public DateOnly? LeadershipNotifiedOn { get; init; }

    public bool PupilsUseIt { get; init; }

    public string PupilYearGroups { get; init; } = "";

    public int? YoungestPupilAge { get; init; }

    public DateOnly? PupilAccessSince { get; init; }

    public int? PlatformMinimumAge { get; init; }

    public DateOnly? ParentsInformedOn { get; init; }

    public string? PolicyLinkUrl { get; init; }

    public bool PolicyLinkConfirmed { get; init; }

    public string? SafetyMeasures { get; init; }

    public DateOnly? NextAttestationOn { get; init; }

    public string PersonalAccountLink { get; init; } = "";

    public string Decision { get; init; } = "";

    public string Verdict { get; init; } = "";

    public string PackId { get; init; } = "";

    public string PackVersion { get; init; } = "";

    public bool PolicySilent { get; init; }

    public string ValidationNotes { get; init; } = "[]";

    public DateOnly ValidatedOn { get; init; }

    public DateTimeOffset RecordedAt { get; init; }

    public RegisteredAccount ToRegistered(IEnumerable<AccountAdminRow> admins, IEnumerable<AccountProblemRow> problems, AccountAttestationRow? latest)
    {
        var approval = ApproverRole is { } role && ApprovedOn is { } approvedOn
            ? new AccountApproval(new AccountPerson(ApproverPersonId, ApproverName, ApproverEmail), StoredText.Parse<Role>(role), approvedOn)
            : null;
        var pupilAccess = PupilsUseIt
            ? PupilAccess.Pupils(
                PupilYearGroups.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(y => int.Parse(y, CultureInfo.InvariantCulture)),
                YoungestPupilAge,
                PupilAccessSince)
            : PupilAccess.None;
        var account = new OfficialAccount(
            new AccountPlatform(Platform, PlatformKind is { } kind ? StoredText.Parse<PlatformKind>(kind) : null),
            Handle,
            Url,
            OrganisationId,
            StoredText.Parse<AccountPurpose>(Purpose),
            LinkedEmail,
            admins.Select(a => new AccountPerson(a.PersonId, a.Name, a.Email)),
            approval,
            LeadershipNotifiedOn,
            pupilAccess,
            PlatformMinimumAge,
            ParentsInformedOn,
            PolicyLinkUrl,
            PolicyLinkConfirmed,
            SafetyMeasures,
            NextAttestationOn,
            StoredText.Parse<PersonalAccountLink>(PersonalAccountLink),
            DisplayName);
        var validation = new AccountValidation(
            StoredText.Parse<AccountDecision>(Decision),
            StoredText.Parse<Verdict>(Verdict),
            PackId,
            PackVersion,
            [.. problems.Select(p => new AccountProblem(p.RuleName, p.ClauseId, StoredText.Parse<Verdict>(p.Verdict), p.Field, p.Message))],
            JsonSerializer.Deserialize<List<string>>(ValidationNotes) ?? [],
            PolicySilent);
        var attestation = latest is null
            ? null
            : new AttestationRecord(new AccountPerson(latest.PersonId, latest.Name), latest.AttestedOn, latest.NextAttestationOn, latest.Note);
        return new RegisteredAccount(Id, account, validation, ValidatedOn, RecordedAt, attestation);
    }
}

/// <summary>One <c>account_admins</c> row.</summary>
internal sealed class AccountAdminRow
{
    public long AccountId { get; init; }

    public long? PersonId { get; init; }

    public string? Name { get; init; }

    public string? Email { get; init; }
}

/// <summary>One <c>account_validation_problems</c> row.</summary>
internal sealed class AccountProblemRow
{
    public long AccountId { get; init; }

    public string RuleName { get; init; } = "";

    public string ClauseId { get; init; } = "";

    public string Verdict { get; init; } = "";

    public string Field { get; init; } = "";

    public string Message { get; init; } = "";
}

/// <summary>One <c>account_attestations</c> row.</summary>
internal sealed class AccountAttestationRow
{
    public long AccountId { get; init; }

    public long? PersonId { get; init; }

    public string? Name { get; init; }

    public DateOnly AttestedOn { get; init; }

    public DateOnly NextAttestationOn { get; init; }

    public string? Note { get; init; }
}

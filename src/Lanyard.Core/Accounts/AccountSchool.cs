using Lanyard.Core.Organisations;
using Lanyard.Core.People;
using Lanyard.Core.Policies;

namespace Lanyard.Core.Accounts;

/// <summary>
/// The owning school as the account use cases need it: the pack in force, the official email
/// domains, and which people count as its own. Loading it is where a school that cannot have
/// accounts judged yet (no pack, no email domain) is turned away, with the reason.
/// </summary>
internal sealed class AccountSchool
{
    private AccountSchool(SchoolInContext inContext, PolicyPack pack, IReadOnlyList<string> emailDomains)
    {
        InContext = inContext;
        Pack = pack;
        EmailDomains = emailDomains;
    }

    /// <summary>The school and where its pack comes from.</summary>
    public SchoolInContext InContext { get; }

    /// <summary>The organisation that owns the accounts.</summary>
    public Organisation Organisation => InContext.School;

    /// <summary>The pack in force.</summary>
    public PolicyPack Pack { get; }

    /// <summary>
    /// The school's own email domains and those of the trust or federation its pack comes from: a
    /// trust's address (cambriantrust.org.uk) is as official for its schools as their own.
    /// </summary>
    public IReadOnlyList<string> EmailDomains { get; }

    /// <summary>The school, or null with an error under <paramref name="errorKey"/> saying why its accounts cannot be judged.</summary>
    public static async Task<AccountSchool?> LoadAsync(long organisationId, IOrganisationRegister organisations, Dictionary<string, string> errors, string errorKey, CancellationToken cancellationToken)
    {
        var found = await SchoolInContext.FindAsync(organisationId, organisations, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            errors[errorKey] = "The school is not in the register.";
            return null;
        }

        if (found.Pack is not { } pack)
        {
            errors[errorKey] = $"{found.School.Name} has no policy pack attached, so there are no rules to check its accounts against. Attach the school's pack (or its trust's or federation's) first.";
            return null;
        }

        var domains = found.School.EmailDomains
            .Concat(found.PackFrom is { } from && from.Id != found.School.Id ? from.EmailDomains : [])
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        if (domains.Count == 0)
        {
            errors[errorKey] = $"{found.School.Name}'s email domains are not recorded. Add them in the school's settings (e.g. testbourne.hants.sch.uk): the policy's rules compare each account's email with them.";
            return null;
        }

        if (domains.FirstOrDefault(d => !EmailAddress.IsDomain(d.Trim().TrimStart('@').ToLowerInvariant())) is { } bad)
        {
            errors[errorKey] = $"'{bad}', recorded as one of {found.School.Name}'s email domains, is not an email domain. Correct it in the school's settings (write it as in an address after the @).";
            return null;
        }

        return new AccountSchool(found, pack, domains);
    }

    /// <summary>
    /// A member of staff of the organisation, or of the trust or federation above it (central staff
    /// run, approve and check schools' accounts too); null with an error under <paramref name="errorKey"/> otherwise.
    /// </summary>
    public static async Task<Person?> FindStaffAsync(Organisation organisation, long personId, IPeopleRegister people, Dictionary<string, string> errors, string errorKey, CancellationToken cancellationToken)
    {
        var person = personId > 0 ? await people.GetAsync(personId, cancellationToken).ConfigureAwait(false) : null;
        if (person is { Kind: PersonKind.Staff } && (person.OrganisationId == organisation.Id || person.OrganisationId == organisation.ParentId))
        {
            return person;
        }

        errors[errorKey] = $"Choose a member of staff of {organisation.Name} from the people register, or enter the name instead.";
        return null;
    }

    /// <summary>
    /// What the rules know about the school on <paramref name="today"/>. The dates of birth are
    /// those of pupils on roll in the year groups with access: without year groups nobody can say
    /// which pupils use the account, so none are passed and the rules ask for the year groups.
    /// </summary>
    public async Task<AccountContext> ContextAsync(OfficialAccount account, IPeopleRegister people, DateOnly today, CancellationToken cancellationToken)
    {
        var years = account.PupilAccess.YearGroups.ToHashSet();
        IReadOnlyList<DateOnly> datesOfBirth = [];
        if (account.PupilAccess.PupilsUseIt && years.Count > 0)
        {
            var pupils = await people.ListAsync(Organisation.Id, PersonKind.Pupil, cancellationToken).ConfigureAwait(false);
            datesOfBirth = [.. pupils
                .Where(p => p.IsOnRoll(today) && YearGroupText.TryParse(p.YearGroup, out var year) && years.Contains(year))
                .Select(p => p.DateOfBirth)
                .OfType<DateOnly>()
                // A date of birth after today is a roster error the import reports; it says nothing about who uses the account.
                .Where(born => born <= today)];
        }

        return new AccountContext(today, EmailDomains, datesOfBirth, [Organisation.Name]);
    }
}

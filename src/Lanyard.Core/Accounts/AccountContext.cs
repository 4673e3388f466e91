namespace Lanyard.Core.Accounts;

/// <summary>
/// What the account rules need to know about the school, as of a given day: its official email
/// domains, the names it is known by, and the dates of birth of the pupils who use the account.
/// Today is an input, so the same account judged on the same day always gets the same answer.
/// </summary>
public sealed class AccountContext
{
    /// <summary>Builds a context.</summary>
    /// <param name="today">The day the account is judged on.</param>
    /// <param name="schoolEmailDomains">The school's official email domains, e.g. <c>testbourne.hants.sch.uk</c>; at least one.</param>
    /// <param name="pupilDatesOfBirth">Dates of birth of the pupils with access, from the roster, when known.</param>
    /// <param name="schoolNames">Names the school is known by (e.g. <c>TCS</c>); the pack's organisation name is always used as well.</param>
    /// <exception cref="ArgumentException">No domain, a malformed domain, or a date of birth after today.</exception>
    public AccountContext(DateOnly today, IEnumerable<string> schoolEmailDomains, IEnumerable<DateOnly>? pupilDatesOfBirth = null, IEnumerable<string>? schoolNames = null)
    {
        ArgumentNullException.ThrowIfNull(schoolEmailDomains);
        Today = today;
        var domains = schoolEmailDomains.Select(d => d?.Trim().TrimStart('@').ToLowerInvariant() ?? string.Empty).Distinct(StringComparer.Ordinal).ToList();
        if (domains.Count == 0)
        {
            throw new ArgumentException("Give the school's official email domain, e.g. testbourne.hants.sch.uk.", nameof(schoolEmailDomains));
        }

        var bad = domains.FirstOrDefault(d => !EmailAddress.IsDomain(d));
        if (bad is not null)
        {
            throw new ArgumentException($"'{bad}' is not an email domain; write it as in an address after the @, e.g. testbourne.hants.sch.uk.", nameof(schoolEmailDomains));
        }

        SchoolEmailDomains = domains;
        PupilDatesOfBirth = [.. pupilDatesOfBirth ?? []];
        var unborn = PupilDatesOfBirth.Where(d => d > today).Select(d => (DateOnly?)d).FirstOrDefault();
        if (unborn is { } late)
        {
            throw new ArgumentException($"A pupil's date of birth ({late:yyyy-MM-dd}) is after today ({today:yyyy-MM-dd}).", nameof(pupilDatesOfBirth));
        }

        SchoolNames = [.. (schoolNames ?? []).Where(n => !string.IsNullOrWhiteSpace(n)).Select(n => n.Trim())];
    }

    /// <summary>The day the account is judged on.</summary>
    public DateOnly Today { get; }

    /// <summary>The school's official email domains, lower-cased.</summary>
    public IReadOnlyList<string> SchoolEmailDomains { get; }

    /// <summary>Dates of birth of the pupils with access; empty when not given.</summary>
    public IReadOnlyList<DateOnly> PupilDatesOfBirth { get; }

    /// <summary>Extra names the school is known by.</summary>
    public IReadOnlyList<string> SchoolNames { get; }

    /// <summary>True when the address is at one of the school's domains (or a subdomain of one).</summary>
    public bool IsSchoolAddress(EmailAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return SchoolEmailDomains.Any(address.IsInDomain);
    }
}

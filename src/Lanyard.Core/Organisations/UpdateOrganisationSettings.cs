using System.Globalization;

namespace Lanyard.Core.Organisations;

/// <summary>
/// Use case: set when an organisation's school year starts (consent and "this school year" follow
/// it; default 1 September) and its own email domains (an official account must be linked to one).
/// Refused with reasons by field, and nothing written, when the date does not exist in every year or a
/// domain is not a domain.
/// </summary>
public static class UpdateOrganisationSettings
{
    /// <summary>What the user asks for.</summary>
    /// <param name="OrganisationId">The organisation.</param>
    /// <param name="YearStartMonth">Month the school year starts, 1–12.</param>
    /// <param name="YearStartDay">Day of that month, 1–28 (so it exists every year).</param>
    /// <param name="EmailDomains">Domains separated by commas, spaces or new lines, e.g. "testbourne.hants.sch.uk".</param>
    public sealed record Request(long OrganisationId, int YearStartMonth, int YearStartDay, string? EmailDomains);

    /// <summary>The outcome: reasons by field; empty when saved.</summary>
    /// <param name="Errors">Field → message.</param>
    /// <param name="Domains">The domains saved, normalised.</param>
    public sealed record Result(IReadOnlyDictionary<string, string> Errors, IReadOnlyList<string> Domains)
    {
        /// <summary>True when saved.</summary>
        public bool Succeeded => Errors.Count == 0;
    }

    /// <summary>Validates and saves.</summary>
    public static async Task<Result> HandleAsync(Request request, IOrganisationRegister register, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(register);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (request.YearStartMonth is < 1 or > 12)
        {
            errors[nameof(Request.YearStartMonth)] = "Choose a month from January to December.";
        }

        if (request.YearStartDay is < 1 or > 28)
        {
            errors[nameof(Request.YearStartDay)] = "Choose a day from 1 to 28, so the date exists in every year.";
        }

        var domains = new List<string>();
        foreach (var raw in (request.EmailDomains ?? string.Empty).Split([',', ' ', '\n', '\r', ';'], StringSplitOptions.RemoveEmptyEntries))
        {
            var domain = raw.Trim().TrimStart('@').TrimEnd('.').ToLowerInvariant();
            if (!IsDomain(domain))
            {
                errors[nameof(Request.EmailDomains)] = $"'{raw.Trim()}' is not a domain; write it as in an email address after the @, e.g. testbourne.hants.sch.uk.";
                break;
            }

            if (!domains.Contains(domain, StringComparer.Ordinal))
            {
                domains.Add(domain);
            }
        }

        var all = await register.ListAsync(cancellationToken).ConfigureAwait(false);
        if (all.All(o => o.Id != request.OrganisationId))
        {
            errors[nameof(Request.OrganisationId)] = "That organisation is not in the register.";
        }

        if (errors.Count > 0)
        {
            return new Result(errors, []);
        }

        await register.UpdateSettingsAsync(request.OrganisationId, request.YearStartMonth, request.YearStartDay, domains, cancellationToken).ConfigureAwait(false);
        return new Result(errors, domains);
    }

    // Letters, digits and hyphens in dot-separated labels, at least two labels, no label starting or
    // ending with a hyphen: enough to catch "gmail" or "head@school" typed in the wrong box.
    private static bool IsDomain(string domain)
    {
        var labels = domain.Split('.');
        return domain.Length <= 253 && labels.Length >= 2 && labels.All(l =>
            l.Length is > 0 and <= 63 && l[0] != '-' && l[^1] != '-' && l.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            && !labels[^1].All(char.IsAsciiDigit);
    }

    /// <summary>The month's name, for forms.</summary>
    public static string MonthName(int month) => CultureInfo.GetCultureInfo("en-GB").DateTimeFormat.GetMonthName(month);
}

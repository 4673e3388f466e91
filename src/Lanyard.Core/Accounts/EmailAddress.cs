namespace Lanyard.Core.Accounts;

/// <summary>
/// An email address, checked for shape when it is made: one <c>@</c>, a plain local part and a
/// domain of at least two labels. Deliberately stricter than RFC 5322 (no quoted local parts, no
/// display names, no IP-literal domains), because the register compares domains and a school's
/// linked address never needs those forms.
/// </summary>
public sealed record EmailAddress
{
    private EmailAddress(string localPart, string domain)
    {
        LocalPart = localPart;
        Domain = domain;
    }

    /// <summary>The part before the <c>@</c>, as written.</summary>
    public string LocalPart { get; }

    /// <summary>The domain, lower-cased, e.g. <c>testbourne.hants.sch.uk</c>.</summary>
    public string Domain { get; }

    /// <summary>Parses an address; surrounding spaces are ignored.</summary>
    /// <exception cref="ArgumentException">The text is not an email address.</exception>
    public static EmailAddress Parse(string text, string? paramName = null) =>
        TryParse(text, out var address)
            ? address
            : throw new ArgumentException($"'{text}' is not an email address: write it as name@example.sch.uk.", paramName ?? nameof(text));

    /// <summary>Parses an address; false when the text is not one.</summary>
    public static bool TryParse(string? text, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out EmailAddress? address)
    {
        address = null;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed) || trimmed.Length > 254)
        {
            return false;
        }

        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != trimmed.LastIndexOf('@') || at == trimmed.Length - 1)
        {
            return false;
        }

        var local = trimmed[..at];
        var domain = trimmed[(at + 1)..].ToLowerInvariant();
        if (!IsLocalPart(local) || !IsDomain(domain))
        {
            return false;
        }

        address = new EmailAddress(local, domain);
        return true;
    }

    /// <summary>
    /// True when <paramref name="domain"/> is a syntactically valid host name of two or more labels
    /// (letters, digits and inner hyphens, with a letter-only top-level label).
    /// </summary>
    public static bool IsDomain(string? domain)
    {
        if (string.IsNullOrEmpty(domain) || domain.Length > 253)
        {
            return false;
        }

        var labels = domain.Split('.');
        if (labels.Length < 2)
        {
            return false;
        }

        foreach (var label in labels)
        {
            if (label.Length is 0 or > 63 || label[0] == '-' || label[^1] == '-'
                || !label.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return labels[^1].Length >= 2 && labels[^1].All(char.IsAsciiLetter);
    }

    /// <summary>
    /// True when the address's domain is <paramref name="domain"/> or a subdomain of it, so
    /// <c>jo@staff.testbourne.hants.sch.uk</c> counts as a Testbourne address.
    /// </summary>
    public bool IsInDomain(string domain)
    {
        ArgumentNullException.ThrowIfNull(domain);
        var wanted = domain.Trim().TrimStart('@').ToLowerInvariant();
        return Domain == wanted || Domain.EndsWith("." + wanted, StringComparison.Ordinal);
    }

    /// <summary>The address as <c>local@domain</c>.</summary>
    public override string ToString() => $"{LocalPart}@{Domain}";

    private static bool IsLocalPart(string local)
    {
        const string Allowed = "!#$%&'*+-/=?^_`{|}~";
        if (local.Length > 64 || local[0] == '.' || local[^1] == '.' || local.Contains("..", StringComparison.Ordinal))
        {
            return false;
        }

        return local.All(c => char.IsAsciiLetterOrDigit(c) || c == '.' || Allowed.Contains(c, StringComparison.Ordinal));
    }
}

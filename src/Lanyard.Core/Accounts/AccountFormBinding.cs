using System.Globalization;
using Lanyard.Core.People;
using Lanyard.Core.Policies;
using Lanyard.Core.Policies.Parameters;

namespace Lanyard.Core.Accounts;

/// <summary>
/// Turns an <see cref="OfficialAccountForm"/> into an <see cref="OfficialAccount"/>. The value types
/// check their own shape; this reads each group of inputs separately so that one pass reports every
/// malformed group, each under the form field the user has to change, and then lets the account's
/// constructor check what is left (its message, keyed by its parameter name, which the form shares).
/// </summary>
internal static class AccountFormBinding
{
    /// <summary>The account, or null with every problem in <paramref name="errors"/>.</summary>
    public static async Task<OfficialAccount?> BuildAsync(OfficialAccountForm form, AccountSchool school, IPeopleRegister people, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        var platform = Read(errors, () => AccountPlatform.Named(form.Platform ?? string.Empty), _ => nameof(OfficialAccountForm.Platform));
        var purpose = Choice<AccountPurpose>(form.Purpose, errors, nameof(OfficialAccountForm.Purpose), "Choose what the account is for: communications, curriculum or closed space.");
        var personalLink = string.IsNullOrWhiteSpace(form.PersonalAccountLink)
            ? PersonalAccountLink.Separate
            : Choice<PersonalAccountLink>(form.PersonalAccountLink, errors, nameof(OfficialAccountForm.PersonalAccountLink), "Choose how the account stands to staff's personal accounts: separate, linked to a personal account, or is a personal account.");
        if (!string.IsNullOrWhiteSpace(form.LinkedEmail) && !EmailAddress.TryParse(form.LinkedEmail, out _))
        {
            errors[nameof(OfficialAccountForm.LinkedEmail)] = $"'{form.LinkedEmail.Trim()}' is not an email address: write it as name@example.sch.uk.";
        }

        var admins = await AdminsAsync(form.Admins ?? [], school, people, errors, cancellationToken).ConfigureAwait(false);
        var approval = await ApprovalAsync(form, school, people, errors, cancellationToken).ConfigureAwait(false);
        var pupilAccess = PupilAccessOf(form, errors);
        if (errors.Count > 0 || platform is null || purpose is not { } accountPurpose || personalLink is not { } link)
        {
            return null;
        }

        return Read(
            errors,
            () => new OfficialAccount(
                platform,
                form.Handle,
                form.Url,
                school.Organisation.Id,
                accountPurpose,
                form.LinkedEmail,
                admins,
                approval,
                form.LeadershipNotifiedOn,
                pupilAccess,
                form.PlatformMinimumAge,
                form.ParentsInformedOn,
                form.PolicyLinkUrl,
                form.PolicyLinkConfirmed,
                form.SafetyMeasures,
                form.NextAttestationOn,
                link,
                form.DisplayName),
            FieldOf);
    }

    /// <summary>
    /// The form errors a rejection gives: each blocking problem under the field to fix, with the
    /// clause it breaks, so "(heathcoat.sanctioned.07)" stands beside the linked email. Problems that
    /// would only hold or flag are left to <see cref="AccountValidation.Problems"/>: they do not stop
    /// the account being registered.
    /// </summary>
    public static Dictionary<string, string> ErrorsOf(AccountValidation validation) =>
        validation.Problems
            .Where(p => p.Verdict == Verdict.Block)
            .GroupBy(p => p.Field, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => string.Join(" ", g.Select(p => $"{p.Message} ({p.ClauseId})")), StringComparer.Ordinal);

    /// <summary>
    /// An error when the organisation already registers an account on the same platform at the same
    /// handle or address (the database refuses it too; this says so in words).
    /// </summary>
    public static void RefuseDuplicate(OfficialAccount account, IEnumerable<RegisteredAccount> existing, long? exceptId, Dictionary<string, string> errors)
    {
        var twin = existing.FirstOrDefault(e => e.Id != exceptId
            && string.Equals(e.Account.Platform.Name, account.Platform.Name, StringComparison.OrdinalIgnoreCase)
            && string.Equals(e.Account.Address, account.Address, StringComparison.OrdinalIgnoreCase));
        if (twin is not null)
        {
            errors[account.Handle is null ? nameof(OfficialAccountForm.Url) : nameof(OfficialAccountForm.Handle)] =
                $"{twin.Account} is already in the register. Open that entry to change it.";
        }
    }

    /// <summary>
    /// The message without the " (Parameter 'x')" and "Actual value was" tails .NET appends: the
    /// user sees the sentence written for them, beside the field it names.
    /// </summary>
    public static string Explain(ArgumentException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var message = exception.Message;
        var tail = message.IndexOf(" (Parameter '", StringComparison.Ordinal);
        return tail < 0 ? message : message[..tail];
    }

    /// <summary>Reads an enum the way a form or a pack writes it: <c>closed-space</c>, <c>Closed space</c> or <c>ClosedSpace</c>.</summary>
    public static TEnum? Choice<TEnum>(string? text, Dictionary<string, string> errors, string field, string message)
        where TEnum : struct, Enum
    {
        var squashed = string.Concat((text ?? string.Empty).Where(char.IsLetterOrDigit));
        if (squashed.Length > 0 && !squashed.All(char.IsAsciiDigit) && Enum.TryParse<TEnum>(squashed, ignoreCase: true, out var value) && Enum.IsDefined(value))
        {
            return value;
        }

        errors[field] = message;
        return null;
    }

    /// <summary>Runs a constructor; on an <see cref="ArgumentException"/>, files its message under the field its parameter maps to.</summary>
    public static T? Read<T>(Dictionary<string, string> errors, Func<T> make, Func<string?, string> field)
        where T : class
    {
        try
        {
            return make();
        }
        catch (ArgumentException ex)
        {
            errors.TryAdd(field(ex.ParamName), Explain(ex));
            return null;
        }
    }

    /// <summary>An <see cref="OfficialAccount"/> parameter's form field: the same name, capitalised.</summary>
    private static string FieldOf(string? parameter) => parameter switch
    {
        null or "" => nameof(OfficialAccountForm.Handle),
        "approval" => "Approval",
        "pupilAccess" => "PupilAccess",
        _ => string.Concat(char.ToUpperInvariant(parameter[0]).ToString(), parameter[1..]),
    };

    private static async Task<List<AccountPerson>> AdminsAsync(IReadOnlyList<OfficialAccountForm.Admin> rows, AccountSchool school, IPeopleRegister people, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var admins = new List<AccountPerson>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row is null || (row.PersonId is null && string.IsNullOrWhiteSpace(row.Name) && string.IsNullOrWhiteSpace(row.Email)))
            {
                continue;
            }

            var prefix = string.Create(CultureInfo.InvariantCulture, $"{nameof(OfficialAccountForm.Admins)}[{i}].");
            var admin = await PersonAsync(row.PersonId, row.Name, row.Email, school, people, errors, prefix + nameof(OfficialAccountForm.Admin.PersonId), prefix + nameof(OfficialAccountForm.Admin.Name), prefix + nameof(OfficialAccountForm.Admin.Email), cancellationToken).ConfigureAwait(false);
            if (admin is not null)
            {
                admins.Add(admin);
            }
        }

        return admins;
    }

    private static async Task<AccountApproval?> ApprovalAsync(OfficialAccountForm form, AccountSchool school, IPeopleRegister people, Dictionary<string, string> errors, CancellationToken cancellationToken)
    {
        var anyGiven = form.ApproverPersonId is not null || !string.IsNullOrWhiteSpace(form.ApproverName) || !string.IsNullOrWhiteSpace(form.ApproverEmail)
            || !string.IsNullOrWhiteSpace(form.ApproverRole) || form.ApprovedOn is not null;
        if (!anyGiven)
        {
            return null;
        }

        // An approval is one fact: who, in which role, on what day. Half of one is not recorded.
        var approver = await PersonAsync(form.ApproverPersonId, form.ApproverName, form.ApproverEmail, school, people, errors, nameof(OfficialAccountForm.ApproverPersonId), nameof(OfficialAccountForm.ApproverName), nameof(OfficialAccountForm.ApproverEmail), cancellationToken).ConfigureAwait(false);
        var role = Choice<Role>(form.ApproverRole, errors, nameof(OfficialAccountForm.ApproverRole), "Choose the role the approver approved the account in, e.g. head teacher or senior leadership team.");
        if (form.ApprovedOn is null)
        {
            errors[nameof(OfficialAccountForm.ApprovedOn)] = "Enter the day the account was approved.";
        }

        return approver is not null && role is { } r && form.ApprovedOn is { } on ? new AccountApproval(approver, r, on) : null;
    }

    /// <summary>
    /// A person by register id (a member of staff of the school, named and emailed from the register
    /// unless the form says otherwise, so messages read "Beth Baker" rather than "person 11") or by name.
    /// </summary>
    private static async Task<AccountPerson?> PersonAsync(long? personId, string? name, string? email, AccountSchool school, IPeopleRegister people, Dictionary<string, string> errors, string idField, string nameField, string emailField, CancellationToken cancellationToken)
    {
        if (personId is { } id)
        {
            if (await AccountSchool.FindStaffAsync(school.Organisation, id, people, errors, idField, cancellationToken).ConfigureAwait(false) is not { } person)
            {
                return null;
            }

            name = string.IsNullOrWhiteSpace(name) ? person.DisplayName : name;
            // A malformed address in the people register is not the user's to fix here: leave it out.
            email = string.IsNullOrWhiteSpace(email) && EmailAddress.TryParse(person.Email, out _) ? person.Email : email;
        }

        return Read(errors, () => new AccountPerson(personId, name, email), parameter => parameter switch
        {
            "personId" => idField,
            "email" => emailField,
            _ => nameField,
        });
    }

    private static PupilAccess? PupilAccessOf(OfficialAccountForm form, Dictionary<string, string> errors)
    {
        if (!form.PupilsUseIt)
        {
            return PupilAccess.None;
        }

        var years = YearGroupText.TryParseList(form.PupilYearGroups, out var bad);
        if (years is null)
        {
            errors[nameof(OfficialAccountForm.PupilYearGroups)] = $"'{bad}' is not a year group: write Reception or a year from 1 to 13, separated by commas (7, 8, 9) or as a range (7-9).";
            return null;
        }

        return Read(errors, () => PupilAccess.Pupils(years, form.YoungestPupilAge, form.PupilAccessSince), parameter => parameter switch
        {
            "youngestAge" => nameof(OfficialAccountForm.YoungestPupilAge),
            _ => nameof(OfficialAccountForm.PupilYearGroups),
        });
    }
}

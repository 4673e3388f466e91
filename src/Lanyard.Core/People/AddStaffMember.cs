using Lanyard.Core.Accounts;

namespace Lanyard.Core.People;

/// <summary>
/// Use case: add a member of staff to a school's register, with their roles. Refused with reasons by
/// field, and nothing written, when a name is missing, the email address is not one, another member
/// of staff of the school already has it (sign-in and the connection check find staff by email), or
/// no role is chosen (procedures route by role, so a member of staff with none would be invisible).
/// </summary>
public static class AddStaffMember
{
    /// <summary>The longest name, email or department the register keeps.</summary>
    public const int MaxLength = 200;

    /// <summary>What the user asks for.</summary>
    /// <param name="OrganisationId">The school.</param>
    /// <param name="GivenName">First name.</param>
    /// <param name="FamilyName">Surname.</param>
    /// <param name="Email">Work email address.</param>
    /// <param name="Department">Department, if any.</param>
    /// <param name="Roles">The roles they hold; at least one (<see cref="StaffRole.Teacher"/> when nothing more).</param>
    public sealed record Request(long OrganisationId, string? GivenName, string? FamilyName, string? Email, string? Department, IReadOnlyList<StaffRole> Roles);

    /// <summary>The outcome: the new member of staff, or the reasons it was refused.</summary>
    /// <param name="Person">The person added, with their id; null when refused.</param>
    /// <param name="Errors">Request field → message; empty when added.</param>
    public sealed record Result(Person? Person, IReadOnlyDictionary<string, string> Errors)
    {
        /// <summary>True when the member of staff was added.</summary>
        public bool Succeeded => Person is not null;
    }

    /// <summary>Validates and adds.</summary>
    public static async Task<Result> HandleAsync(Request request, IPeopleRegister register, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(register);
        var staff = await register.ListAsync(request.OrganisationId, PersonKind.Staff, cancellationToken).ConfigureAwait(false);
        var errors = Validate(request, staff);
        if (errors.Count > 0)
        {
            return new Result(null, errors);
        }

        var person = new Person
        {
            OrganisationId = request.OrganisationId,
            Kind = PersonKind.Staff,
            GivenName = request.GivenName!.Trim(),
            FamilyName = request.FamilyName!.Trim(),
            Email = EmailAddress.Parse(request.Email!).ToString(),
            Department = string.IsNullOrWhiteSpace(request.Department) ? null : request.Department.Trim(),
            Roles = [.. request.Roles.Distinct().Order()],
        };
        var id = await register.AddAsync(person, cancellationToken).ConfigureAwait(false);
        return new Result(person with { Id = id }, new Dictionary<string, string>());
    }

    /// <summary>The reasons the request cannot be added beside the school's current <paramref name="staff"/>; empty when it can.</summary>
    public static IReadOnlyDictionary<string, string> Validate(Request request, IReadOnlyList<Person> staff)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(staff);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        RequireName(errors, nameof(Request.GivenName), request.GivenName, "first name");
        RequireName(errors, nameof(Request.FamilyName), request.FamilyName, "surname");
        if (string.IsNullOrWhiteSpace(request.Email))
        {
            errors[nameof(Request.Email)] = "Enter their work email address.";
        }
        else if (!EmailAddress.TryParse(request.Email, out var email))
        {
            errors[nameof(Request.Email)] = "Enter an email address in the form name@example.sch.uk.";
        }
        else if (staff.FirstOrDefault(p => string.Equals(p.Email?.Trim(), email.ToString(), StringComparison.OrdinalIgnoreCase)) is { } holder)
        {
            errors[nameof(Request.Email)] = $"{holder.DisplayName} already has the email address {email}; each member of staff needs their own.";
        }

        if (request.Department is { Length: > MaxLength })
        {
            errors[nameof(Request.Department)] = $"The department must be {MaxLength} characters or fewer.";
        }

        if (request.Roles is null || request.Roles.Count == 0)
        {
            errors[nameof(Request.Roles)] = "Choose at least one role (Teacher, when they hold no other).";
        }

        return errors;
    }

    private static void RequireName(Dictionary<string, string> errors, string field, string? value, string label)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors[field] = $"Enter their {label}.";
        }
        else if (value.Trim().Length > MaxLength)
        {
            errors[field] = $"The {label} must be {MaxLength} characters or fewer.";
        }
    }
}

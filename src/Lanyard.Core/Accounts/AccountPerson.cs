namespace Lanyard.Core.Accounts;

/// <summary>
/// A person the register names on an account (an admin, an approver): someone in the people
/// register by id, or, for an outside agency or someone not yet registered, a name and email.
/// </summary>
public sealed record AccountPerson
{
    /// <summary>Makes a reference; at least the id or the name is needed.</summary>
    /// <param name="personId">The people register's id, when the person is in it.</param>
    /// <param name="name">The person's or agency's name.</param>
    /// <param name="email">Their email address, if known.</param>
    /// <exception cref="ArgumentException">Neither id nor name is given, the id is not positive, or the email is malformed.</exception>
    public AccountPerson(long? personId, string? name = null, string? email = null)
    {
        if (personId is <= 0)
        {
            throw new ArgumentException("A person id must be positive.", nameof(personId));
        }

        var trimmed = string.IsNullOrWhiteSpace(name) ? null : name.Trim();
        if (personId is null && trimmed is null)
        {
            throw new ArgumentException("Name the person: choose them from the people register or enter their name.", nameof(name));
        }

        if (trimmed is { Length: > 200 })
        {
            throw new ArgumentException("A name must be 200 characters or fewer.", nameof(name));
        }

        PersonId = personId;
        Name = trimmed;
        Email = string.IsNullOrWhiteSpace(email) ? null : EmailAddress.Parse(email, nameof(email));
    }

    /// <summary>The people register's id, or null for someone outside it.</summary>
    public long? PersonId { get; }

    /// <summary>The name, when given.</summary>
    public string? Name { get; }

    /// <summary>The email address, when given.</summary>
    public EmailAddress? Email { get; }

    /// <summary>The name, else the email, else the register id, for messages.</summary>
    public override string ToString() =>
        Name ?? Email?.ToString() ?? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"person {PersonId}");
}
